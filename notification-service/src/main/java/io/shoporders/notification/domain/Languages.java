package io.shoporders.notification.domain;

import java.util.Locale;
import java.util.Set;

/** The languages the shop writes its messages in, and which one a customer gets. */
public final class Languages {

  /** Every language with a complete set of templates. */
  public static final Set<String> WRITTEN = Set.of("it", "en");

  private Languages() {}

  /**
   * The customer's language when the shop writes in it ({@code it-CH} reads Italian), the shop's
   * default otherwise.
   */
  public static Locale forCustomer(String languageTag, String shopDefault) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    return Locale.forLanguageTag(WRITTEN.contains(language) ? language : shopDefault);
  }
}
