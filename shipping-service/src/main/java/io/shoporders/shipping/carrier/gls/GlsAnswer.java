package io.shoporders.shipping.carrier.gls;

import io.shoporders.shipping.carrier.CarrierUnavailableException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** An XML answer of the GLS Italy web service: its Parcel elements, or the text of its root. */
final class GlsAnswer {

  private final Element root;

  private GlsAnswer(Element root) {
    this.root = root;
  }

  static GlsAnswer read(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      // An answer is data: no document type, no external entities.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document document =
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      return new GlsAnswer(document.getDocumentElement());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new CarrierUnavailableException("GLS answer is not readable XML", e);
    }
  }

  /** The Parcel elements, in the order GLS wrote them. */
  List<Parcel> parcels() {
    NodeList nodes = root.getElementsByTagName("Parcel");
    List<Parcel> parcels = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      parcels.add(new Parcel((Element) nodes.item(i)));
    }
    return parcels;
  }

  /** The text of the root element: the message of answers that are a sentence. */
  String text() {
    return root.getTextContent().trim();
  }

  /** One Parcel element of an answer. */
  record Parcel(Element element) {

    /** The text of the child element with this name, if it is there and not blank. */
    Optional<String> field(String name) {
      NodeList nodes = element.getElementsByTagName(name);
      return Optional.ofNullable(nodes.item(0))
          .map(Node::getTextContent)
          .map(String::trim)
          .filter(text -> !text.isEmpty());
    }
  }
}
