package io.shoporders.shipping.carrier.gls;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The GLS Italy web labeling account; the secrets come from the environment only. */
@ConfigMapping(prefix = "shipping.gls")
interface GlsConfig {

  /** Root of GLS Italy's label web service (an ASMX service answering form posts over HTTPS). */
  @WithDefault("https://labelservice.gls-italy.com/ilswebservice.asmx")
  String baseUrl();

  /** Initials of the GLS branch (sede) that serves the account, two letters (GLS_BRANCH). */
  Optional<String> branch();

  /** Customer code the branch assigned (GLS_CUSTOMER_CODE). */
  Optional<String> customerCode();

  /** Password of the web labeling account (GLS_PASSWORD). */
  Optional<String> password();

  /** Contract code under which parcels are booked (GLS_CONTRACT_CODE). */
  Optional<String> contractCode();

  /** Longest wait for one HTTP answer; shorter than shipping.calls.timeout or equal. */
  @WithDefault("10s")
  Duration timeout();

  /** Tracking page; {branch} and {trackingCode} are replaced (GLS tracks branch + number). */
  @WithDefault(
      "https://www.gls-italy.com/?option=com_gls&view=track_e_trace&mode=search"
          + "&numero_spedizione={branch}{trackingCode}&tipo_codice=nazionale")
  String trackingUrl();

  /** Characters per name, street and city field; the city (Localita) is the shortest at 30. */
  @WithDefault("30")
  int lineLength();

  /** Street fields: GLS Italy has one, Indirizzo. */
  @WithDefault("1")
  int streetLines();

  /** Heaviest parcel booked, in grams; the public sources do not state GLS Italy's own limit. */
  @WithDefault("30000")
  int maxWeightGrams();
}
