package io.shoporders.shipping.label;

import com.google.zxing.oned.Code128Writer;
import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.domain.LabelText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Draws a shipping label as a one-page PDF of A6 size (100 x 150 mm), the format of thermal label
 * printers: carrier and service, sender, recipient, weight, order number and the tracking number as
 * a Code 128 barcode with its text below.
 */
public final class A6Label {

  private static final float POINTS_PER_MM = 72 / 25.4f;
  private static final PDRectangle A6 = new PDRectangle(100 * POINTS_PER_MM, 150 * POINTS_PER_MM);
  private static final float MARGIN = 5 * POINTS_PER_MM;

  /** Scanners need a quiet zone of at least ten bar widths on either side of a Code 128. */
  private static final int QUIET_ZONE_MODULES = 10;

  private static final float BARCODE_HEIGHT = 22 * POINTS_PER_MM;
  private static final float MAX_MODULE_WIDTH = 2.2f;

  private final PDFont regular = new PDType1Font(FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);

  /** The label as the bytes of a PDF file. */
  public byte[] render(LabelContent content) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(A6);
      document.addPage(page);
      try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
        draw(canvas, content);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    } catch (IOException e) {
      // Writes to memory only: an I/O failure here is a PDFBox fault, not a recoverable state.
      throw new UncheckedIOException("cannot draw the label", e);
    }
  }

  private void draw(PDPageContentStream canvas, LabelContent content) throws IOException {
    float top = A6.getHeight() - MARGIN;
    text(canvas, bold, 16, MARGIN, top - 16, content.carrierName().toUpperCase());
    rightText(canvas, bold, 12, top - 14, content.serviceLevel().toUpperCase());
    rule(canvas, top - 24);
    float y = block(canvas, "FROM", 8, top - 36, lines(content.sender()));
    rule(canvas, y - 4);
    y = block(canvas, "TO", 12, y - 16, lines(content.recipient()));
    rule(canvas, y - 4);
    text(canvas, regular, 10, MARGIN, y - 18, "Order " + printable(content.orderNumber()));
    text(canvas, regular, 10, MARGIN, y - 32, "Weight " + kilograms(content.weightGrams()));
    barcode(canvas, content.trackingNumber());
  }

  private float block(
      PDPageContentStream canvas, String title, int size, float y, List<String> lines)
      throws IOException {
    text(canvas, bold, 7, MARGIN, y, title);
    float line = y - size - 3;
    for (int i = 0; i < lines.size(); i++) {
      text(canvas, i == 0 ? bold : regular, size, MARGIN, line, lines.get(i));
      line -= size + 2;
    }
    return line;
  }

  private void barcode(PDPageContentStream canvas, String trackingNumber) throws IOException {
    boolean[] bars = new Code128Writer().encode(trackingNumber);
    float usable = A6.getWidth() - 2 * MARGIN;
    float module = Math.min(MAX_MODULE_WIDTH, usable / (bars.length + 2 * QUIET_ZONE_MODULES));
    float x = (A6.getWidth() - bars.length * module) / 2;
    float y = MARGIN + 18;
    for (int i = 0; i < bars.length; i++) {
      if (bars[i]) {
        canvas.addRect(x + i * module, y, module, BARCODE_HEIGHT);
      }
    }
    canvas.fill();
    float width = bold.getStringWidth(trackingNumber) / 1000 * 12;
    text(canvas, bold, 12, (A6.getWidth() - width) / 2, MARGIN + 4, trackingNumber);
  }

  private static List<String> lines(LabelAddress address) {
    List<String> lines = new ArrayList<>();
    lines.add(address.name());
    lines.addAll(address.streetLines());
    lines.add(address.cityLine());
    lines.add(address.country());
    return lines;
  }

  private void rule(PDPageContentStream canvas, float y) throws IOException {
    canvas.moveTo(MARGIN, y);
    canvas.lineTo(A6.getWidth() - MARGIN, y);
    canvas.stroke();
  }

  private void rightText(PDPageContentStream canvas, PDFont font, int size, float y, String text)
      throws IOException {
    float width = font.getStringWidth(printable(text)) / 1000 * size;
    text(canvas, font, size, A6.getWidth() - MARGIN - width, y, text);
  }

  private static void text(
      PDPageContentStream canvas, PDFont font, int size, float x, float y, String text)
      throws IOException {
    canvas.beginText();
    canvas.setFont(font, size);
    canvas.newLineAtOffset(x, y);
    canvas.showText(printable(text));
    canvas.endText();
  }

  /** The standard PDF fonts print Latin-1; label text is ASCII already, other text is made so. */
  private static String printable(String text) {
    return LabelText.transliterate(text).orElseGet(() -> text.replaceAll("[^\\x20-\\x7E]", "?"));
  }

  private static String kilograms(int grams) {
    return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString() + " kg";
  }
}
