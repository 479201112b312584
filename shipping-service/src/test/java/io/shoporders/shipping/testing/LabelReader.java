package io.shoporders.shipping.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a label PDF the way a warehouse does: prints the page and scans its barcode. */
public final class LabelReader {

  /** A common resolution of thermal label printers. */
  private static final int PRINTER_DPI = 203;

  private LabelReader() {}

  /** The Code 128 barcode's text, decoded from the page rendered at printer resolution. */
  public static String barcodeOf(byte[] pdf) throws IOException, NotFoundException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page =
          new PDFRenderer(document).renderImageWithDPI(0, PRINTER_DPI, ImageType.GRAY);
      BinaryBitmap bitmap =
          new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
      Map<DecodeHintType, Object> hints =
          Map.of(
              DecodeHintType.POSSIBLE_FORMATS,
              List.of(BarcodeFormat.CODE_128),
              DecodeHintType.TRY_HARDER,
              Boolean.TRUE);
      return new MultiFormatReader().decode(bitmap, hints).getText();
    }
  }

  /** The text printed on the label. */
  public static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
