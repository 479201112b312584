package io.shoporders.shipping.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.shoporders.shipping.domain.LabelAddress;
import io.shoporders.shipping.testing.LabelReader;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class A6LabelTest {

  private static final float MM = 72 / 25.4f;

  private final byte[] pdf = new A6Label().render(content("CA473124829IT"));

  @Test
  void isOneA6Page() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDRectangle size = document.getPage(0).getMediaBox();

      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(size.getWidth() / MM).isCloseTo(100f, offset(0.1f));
      assertThat(size.getHeight() / MM).isCloseTo(150f, offset(0.1f));
    }
  }

  @Test
  void showsSenderRecipientWeightOrderCarrierAndService() throws IOException {
    String text = LabelReader.textOf(pdf);

    assertThat(text)
        .contains("SANDBOX", "STANDARD", "Order SO-2026-000123", "Weight 2.75 kg")
        .contains("Shop Orders Warehouse", "Via Example 1", "20121 Milano MI")
        .contains("Lukasz Zoe", "Grosse Hamburger Strasse 17,", "Hinterhaus links", "10115 Berlin")
        .contains("CA473124829IT");
  }

  @Test
  void barcodeDecodesToTheTrackingNumber() throws Exception {
    // The reader looks for Code 128 only: decoding proves the symbology and the content.
    assertThat(LabelReader.barcodeOf(pdf)).isEqualTo("CA473124829IT");
  }

  @Test
  void barcodeOfAnotherNumberDecodesToThatNumber() throws Exception {
    byte[] other = new A6Label().render(content("RR000000085DE"));

    assertThat(LabelReader.barcodeOf(other)).isEqualTo("RR000000085DE");
  }

  private static LabelContent content(String trackingNumber) {
    LabelAddress sender =
        new LabelAddress(
            "Shop Orders Warehouse", List.of("Via Example 1"), "20121", "Milano", "MI", "IT");
    LabelAddress recipient =
        new LabelAddress(
            "Lukasz Zoe",
            List.of("Grosse Hamburger Strasse 17,", "Hinterhaus links"),
            "10115",
            "Berlin",
            null,
            "DE");
    return new LabelContent(
        "Sandbox", "standard", trackingNumber, "SO-2026-000123", 2_750, sender, recipient);
  }
}
