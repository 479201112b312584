package io.shoporders.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How this shop talks to its customers. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

  /** The shop as its customers know it. */
  Shop shop();

  /** E-mail messages. */
  Email email();

  /** Retries, leases, and the order of an order's messages. */
  Delivery delivery();

  /** Text messages. */
  Sms sms();

  /** The shop's identity in every message. */
  interface Shop {

    /** Name in subjects, headers and signatures. */
    @WithDefault("Shop Orders")
    String name();

    /** Absolute URL of the logo at the top of HTML messages. */
    @WithDefault("https://shop.example/logo.png")
    String logoUrl();

    /** Language of messages to a customer whose language the shop does not write (it, en). */
    @WithDefault("en")
    String defaultLanguage();

    /** Whether customers are told when their payment is confirmed (ORDER_CONFIRMED). */
    @WithDefault("false")
    boolean sendsOrderConfirmed();
  }

  /** E-mail messages. */
  interface Email {

    /** Sender of every e-mail, as an address or "Name <address>". */
    @WithDefault("Shop Orders <orders@shop.example>")
    String from();

    /** Domain after the @ of each message's Message-ID, so a resent message keeps its id. */
    @WithDefault("notification.shop.example")
    String messageIdDomain();
  }

  /**
   * Retries of a message the provider did not take, the lease of a message being sent, and how long
   * a message waits for its turn.
   */
  interface Delivery {

    /** Wait before the first retry of a transient failure; it doubles each time. */
    @WithDefault("1s")
    Duration firstRetry();

    /** The longest wait between two retries. */
    @WithDefault("30s")
    Duration longestRetry();

    /** Attempts in all before a transient failure becomes NotificationFailed. */
    @WithDefault("8")
    int attempts();

    /**
     * How long a sender holds a message before another may take it over; longer than all retries
     * together, so two senders never hold the same message.
     */
    @WithDefault("5m")
    Duration lease();

    /**
     * How long a message waits for the order's messages that go before it (the order-received
     * message, the confirmation before the shipped message) before it is sent anyway; longer than
     * the retries of one message, so a message being retried is waited for.
     */
    @WithDefault("2m")
    Duration orderWait();

    /**
     * How long after the service starts no message is sent out of its turn, however long ago it was
     * recorded: time stopped does not count as waiting, since the events a message waits for may
     * still be in the topics' backlog, read in the first seconds after the start.
     */
    @WithDefault("2m")
    Duration waitAfterStart();

    /**
     * How often messages left INTENDED (by a crash, a lost lease, or waiting for their turn) are
     * picked up again; short beside order-wait, since a message that waited that long goes out at
     * the next run.
     */
    @WithDefault("15s")
    Duration resumeEvery();
  }

  /** Text messages. */
  interface Sms {

    /** "log" writes a line per message instead of sending it; "twilio" sends it. */
    @WithDefault("log")
    String provider();

    /** The Twilio-style provider. */
    Twilio twilio();
  }

  /** A Twilio-style HTTP API: form POST to /Accounts/{sid}/Messages.json, basic auth. */
  interface Twilio {

    /** Base URL of the API, up to and including its version. */
    @WithDefault("https://api.twilio.com/2010-04-01")
    String url();

    /** Account SID: the user of basic auth and part of the path. */
    Optional<String> accountSid();

    /** Auth token: the password of basic auth; only from the environment (TWILIO_AUTH_TOKEN). */
    Optional<String> authToken();

    /** Sender number in E.164 form, or an alphanumeric sender id. */
    Optional<String> from();

    /** How long to wait for the provider's answer. */
    @WithDefault("10s")
    Duration timeout();
  }
}
