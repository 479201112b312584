package io.shoporders.e2e;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Prints the first page of a label PDF to an image and scans the Code 128 on it. */
final class LabelScanner {

  /** Dots per inch of a typical thermal label printer. */
  private static final float DPI = 203f;

  private LabelScanner() {}

  static String code128Of(byte[] labelPdf) throws IOException, NotFoundException {
    BufferedImage printed;
    try (PDDocument label = Loader.loadPDF(labelPdf)) {
      printed = new PDFRenderer(label).renderImageWithDPI(0, DPI, ImageType.GRAY);
    }
    Map<DecodeHintType, Object> only128 = new EnumMap<>(DecodeHintType.class);
    only128.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128));
    only128.put(DecodeHintType.TRY_HARDER, true);
    var luminance = new BufferedImageLuminanceSource(printed);
    return new MultiFormatReader()
        .decode(new BinaryBitmap(new HybridBinarizer(luminance)), only128)
        .getText();
  }
}
