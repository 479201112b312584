package io.shoporders.contracts.order;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.shoporders.contracts.OptionalField;
import io.shoporders.contracts.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who ordered, and how to reach them. Every order event that leads to a message carries it, so
 * notification-service never has to have seen OrderPlaced first.
 */
@JsonClassDescription("Who ordered, how to reach them, and in which language.")
public record Customer(
    @JsonPropertyDescription("Full name, as the customer typed it.") String name,
    @JsonPropertyDescription("E-mail address; every customer has one.") String email,
    @OptionalField
        @JsonPropertyDescription(
            "Mobile number in E.164 form, e.g. +393331234567; required when channel is SMS.")
        String phone,
    @JsonPropertyDescription("BCP 47 language tag of the messages, e.g. it, en, de-CH.")
        String language,
    @JsonPropertyDescription("Where the customer wants messages about the order.")
        Channel channel) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public Customer {
    Require.personalText(Require.text(name, "name"), "name");
    requireEmail(email);
    requirePhone(phone, Require.present(channel, "channel"));
    requireLanguage(language);
  }

  /** The language of the customer's messages. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** Personal data stays out of logs. */
  @Override
  public String toString() {
    return "Customer[language=" + language + ", channel=" + channel + "]";
  }

  private static void requireEmail(String email) {
    int at = Require.text(email, "email").indexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      throw new IllegalArgumentException("email must be an e-mail address");
    }
  }

  private static void requirePhone(String phone, Channel channel) {
    if (phone == null && channel == Channel.SMS) {
      throw new NullPointerException("phone is required when channel is SMS");
    }
    if (phone != null && !E164.matcher(phone).matches()) {
      throw new IllegalArgumentException("phone must be in E.164 form, such as +393331234567");
    }
  }

  private static void requireLanguage(String language) {
    Require.text(language, "language");
    // An ill-formed tag parses to the undetermined language "und", with no language subtag.
    if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
      throw new IllegalArgumentException("language must be a BCP 47 language tag such as it or en");
    }
  }
}
