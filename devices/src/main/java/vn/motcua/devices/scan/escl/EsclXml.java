package vn.motcua.devices.scan.escl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.motcua.core.scan.ScanBatchResult.Problem;

/**
 * Reads the scanner's XML with DTDs and external entities refused. Elements are matched by local name: devices
 * disagree on whether e.g. {@code AdfState} lives in the scan: or the pwg: namespace.
 */
final class EsclXml {
    static final String SCAN_NS = "http://schemas.hp.com/imaging/escl/2011/05/03";
    static final String PWG_NS = "http://www.pwg.org/schemas/2010/12/sm";

    private EsclXml() {
    }

    /** The document's root element, which must be named {@code rootName}. */
    static Element parse(byte[] xml, String rootName, String source) throws EsclException {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXParseException e) {
            throw malformed(source, "is not well-formed XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")", e);
        } catch (SAXException | IOException e) {
            throw malformed(source, "is not well-formed XML (" + e.getMessage() + ")", e);
        }
        if (!rootName.equals(root.getLocalName())) {
            throw malformed(source, "has <" + root.getNodeName() + "> where <" + rootName + "> was expected", null);
        }
        return root;
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    static Optional<Element> child(Element parent, String localName) {
        return children(parent, localName).stream().findFirst();
    }

    /** All elements of that name anywhere below {@code parent}, in document order. */
    static List<Element> descendants(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        List<Element> found = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static Optional<String> text(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    static int integer(Element parent, String localName, int fallback, String source) throws EsclException {
        Optional<String> value = text(parent, localName);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw malformed(source, "has <" + localName + ">" + value.get() + "</" + localName
                    + "> where a whole number was expected", e);
        }
    }

    static EsclException malformed(String source, String what, Throwable cause) {
        return new EsclException(Problem.IO_ERROR, source + " " + what, cause);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Rethrowing());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    /** Without it the JDK parser also prints "[Fatal Error]" lines to stderr. */
    private static final class Rethrowing implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
