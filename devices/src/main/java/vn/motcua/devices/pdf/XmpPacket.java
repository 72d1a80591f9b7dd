package vn.motcua.devices.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The XMP packet of a PDF/A-2 document: Dublin Core, XMP basic, Adobe PDF, PDF/A identification, and the
 * desk's own properties ({@value #NAMESPACE}, prefix {@code mc}) described in a PDF/A extension schema as
 * PDF/A requires for properties outside the predefined schemas.
 */
final class XmpPacket {
    static final String NAMESPACE = "https://motcua.vn/ns/digitised/1.0/";
    static final String PRODUCER = "MotCua Desk (Apache PDFBox)";
    private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XMP = "http://ns.adobe.com/xap/1.0/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private XmpPacket() {
    }

    static byte[] write(DocumentMetadata m, char conformance) {
        String xml = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>%s</pdfaid:conformance>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
                   <dc:language><rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag></dc:language>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <xmp:MetadataDate>%s</xmp:MetadataDate>
                   <xmp:CreatorTool>%s</xmp:CreatorTool>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdf:Producer>%s</pdf:Producer>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>MotCua Desk digitised document</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>%s</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>mc</pdfaSchema:prefix>
                    <pdfaSchema:property><rdf:Seq>
                     %s
                     %s
                     %s
                    </rdf:Seq></pdfaSchema:property>
                   </rdf:li></rdf:Bag></pdfaExtension:schemas>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:mc="%s">
                   <mc:digitisedDocumentCode>%s</mc:digitisedDocumentCode>
                   <mc:dossierCode>%s</mc:dossierCode>
                   <mc:componentCode>%s</mc:componentCode>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(conformance, escape(m.title()), escape(m.author()),
                DATE.format(m.created()), DATE.format(m.created()), DATE.format(m.created()), PRODUCER, PRODUCER,
                NAMESPACE, property("digitisedDocumentCode", "Digitised document code: owner identifier and document type"),
                property("dossierCode", "Code of the dossier the document was handed in with"),
                property("componentCode", "Code of the dossier component (MaThanhPhanHoSo)"),
                NAMESPACE, escape(m.digitisedDocumentCode()), escape(m.dossierCode()), escape(m.componentCode()));
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String property(String name, String description) {
        return """
                <rdf:li rdf:parseType="Resource"><pdfaProperty:name>%s</pdfaProperty:name>\
                <pdfaProperty:valueType>Text</pdfaProperty:valueType>\
                <pdfaProperty:category>external</pdfaProperty:category>\
                <pdfaProperty:description>%s</pdfaProperty:description></rdf:li>""".formatted(name, description);
    }

    static PdfaMetadata read(byte[] packet) throws IOException {
        Document xml = parse(packet);
        var created = OffsetDateTime.parse(text(xml, XMP, "CreateDate"), DATE);
        var document = new DocumentMetadata(text(xml, DC, "title"), text(xml, DC, "creator"), created,
                text(xml, NAMESPACE, "digitisedDocumentCode"), text(xml, NAMESPACE, "dossierCode"),
                text(xml, NAMESPACE, "componentCode"));
        return new PdfaMetadata(Integer.parseInt(text(xml, PDFAID, "part")), text(xml, PDFAID, "conformance"), document);
    }

    private static String text(Document xml, String namespace, String name) throws IOException {
        NodeList found = xml.getElementsByTagNameNS(namespace, name);
        if (found.getLength() == 0) {
            throw new IOException("The XMP metadata has no " + name);
        }
        NodeList items = ((Element) found.item(0)).getElementsByTagNameNS(RDF, "li");
        return (items.getLength() > 0 ? items.item(0) : found.item(0)).getTextContent().strip();
    }

    private static Document parse(byte[] packet) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(packet));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Unreadable XMP metadata", e);
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
