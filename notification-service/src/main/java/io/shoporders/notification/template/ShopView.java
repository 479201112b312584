package io.shoporders.notification.template;

import io.quarkus.qute.TemplateData;

/** The shop as a message shows it. */
@TemplateData
public record ShopView(String name, String logoUrl) {}
