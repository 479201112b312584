package io.shoporders.notification.template;

import io.quarkus.qute.TemplateData;

/** One order line as a message shows it, its total already formatted for the language. */
@TemplateData
public record LineView(String name, int quantity, String total) {}
