package vn.motcua.devices.ocr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.motcua.devices.pdf.RecognisedWord;

/**
 * The words of a Tesseract hOCR page: {@code ocrx_word} elements with {@code title="bbox l t r b; x_wconf c"}.
 * Parsed with DTDs and external entities off; the XHTML doctype line Tesseract writes is removed first.
 */
final class HocrWords {
    private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+)");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>", Pattern.CASE_INSENSITIVE);

    private HocrWords() {
    }

    /** Words with at least {@code minConfidence} (0..100). */
    static List<RecognisedWord> parse(byte[] hocr, int minConfidence) throws IOException {
        String xhtml = DOCTYPE.matcher(new String(hocr, StandardCharsets.UTF_8)).replaceFirst("");
        NodeList spans = parseXml(xhtml.getBytes(StandardCharsets.UTF_8)).getElementsByTagNameNS("*", "span");
        List<RecognisedWord> words = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            var span = (Element) spans.item(i);
            if (span.getAttribute("class").equals("ocrx_word")) {
                word(span, minConfidence, words);
            }
        }
        return words;
    }

    private static void word(Element span, int minConfidence, List<RecognisedWord> words) {
        String title = span.getAttribute("title");
        String text = span.getTextContent().strip();
        Matcher box = BBOX.matcher(title);
        Matcher confidence = CONFIDENCE.matcher(title);
        if (text.isEmpty() || !box.find() || confidence.find() && Integer.parseInt(confidence.group(1)) < minConfidence) {
            return;
        }
        int left = Integer.parseInt(box.group(1));
        int top = Integer.parseInt(box.group(2));
        int right = Integer.parseInt(box.group(3));
        int bottom = Integer.parseInt(box.group(4));
        if (right > left && bottom > top) {
            words.add(new RecognisedWord(text, left, top, right, bottom));
        }
    }

    private static org.w3c.dom.Document parseXml(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Unreadable hOCR", e);
        }
    }
}
