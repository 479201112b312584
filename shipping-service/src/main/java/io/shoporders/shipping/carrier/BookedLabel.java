package io.shoporders.shipping.carrier;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a carrier returns for a booked parcel: its tracking code and the label as a PDF. */
public record BookedLabel(String trackingCode, byte[] labelPdf) {

  private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

  /**
   * The label a carrier sent, checked to be a PDF: anything else is a setting that asks for another
   * format, which a person must correct.
   */
  public static BookedLabel checked(String carrier, String trackingCode, byte[] file) {
    if (file.length < PDF.length || !Arrays.equals(file, 0, PDF.length, PDF, 0, PDF.length)) {
      throw new CarrierRejectedException(carrier + " label is not a PDF: check the print format");
    }
    return new BookedLabel(trackingCode, file);
  }
}
