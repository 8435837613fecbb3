package com.salesbot.adapters.wecom.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XML parsing that refuses DOCTYPE and entity declarations (XXE, billion laughs), any external access, and element
 * nesting deeper than {@link #MAX_DEPTH} (checked by a linear scan before the parser runs: deep nesting on
 * unauthenticated input must end in a 400, never in a StackOverflowError).
 */
public final class SafeXml {
    /** WeCom messages nest 2-4 levels; anything far deeper is not a WeCom message. */
    public static final int MAX_DEPTH = 32;
    /** The JDK's StAX factory property that lets it reset and hand out its last closed reader again. */
    static final String REUSE_INSTANCE = "reuse-instance";
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    /**
     * One StAX factory per thread, set to hand back its last reader (reset) once that reader is closed: creating a
     * reader builds the scanner, entity manager and buffers anew, which cost about as much again as parsing a whole
     * WeCom envelope. Every reader is closed in {@link #read}, also after malformed input.
     */
    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(SafeXml::hardenedStax);

    private SafeXml() {
    }

    /** True when the text declares a DOCTYPE or an ENTITY (in any case); such input is refused before parsing. */
    public static boolean declaresDoctype(String xml) {
        for (int at = xml.indexOf("<!"); at >= 0; at = xml.indexOf("<!", at + 2)) {
            if (xml.regionMatches(true, at + 2, "DOCTYPE", 0, 7) || xml.regionMatches(true, at + 2, "ENTITY", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of each direct child element of the root, in document order (first occurrence wins).
     *
     * @throws IllegalArgumentException when the text is not well-formed XML or declares a DOCTYPE
     */
    public static Map<String, String> rootFields(String xml) {
        return read(xml).fields();
    }

    /**
     * One streaming pass (StAX, no DOM, no XStream) over a WeCom message: the root's direct child fields as
     * {@link #rootFields} gives them, plus every {@code OptionId} under {@code SelectedItems} in document order
     * (template card events with selections).
     *
     * @throws IllegalArgumentException when the text is not well-formed XML or declares a DOCTYPE
     */
    public static Parsed read(String xml) {
        refuseUnsafe(xml);
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> optionIds = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = STAX.get().createXMLStreamReader(new StringReader(xml));
            int depth = 0;
            boolean inSelectedItems = false;
            String field = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (depth == 2) {
                        field = name;
                        text.setLength(0);
                        inSelectedItems = "SelectedItems".equals(name);
                    } else if (inSelectedItems && "OptionId".equals(name)) {
                        String id = r.getElementText();
                        optionIds.add(id.trim());
                        text.append(id);
                        depth--; // getElementText consumed the end tag
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 2 && field != null) {
                        fields.putIfAbsent(field, text.toString().trim());
                        field = null;
                        inSelectedItems = false;
                    }
                    depth--;
                } else if (field != null && (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
            return new Parsed(fields, List.copyOf(optionIds));
        } catch (XMLStreamException | RuntimeException e) {
            throw new IllegalArgumentException("malformed XML", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held beyond the string
                }
            }
        }
    }

    /** The fields of a WeCom message read by {@link #read}. */
    public record Parsed(Map<String, String> fields, List<String> optionIds) {
    }

    private static void refuseUnsafe(String xml) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException("empty XML");
        }
        if (declaresDoctype(xml)) {
            throw new IllegalArgumentException("XML with DOCTYPE or ENTITY refused");
        }
        if (nestingDepth(xml) > MAX_DEPTH) {
            throw new IllegalArgumentException("XML nested deeper than " + MAX_DEPTH + " elements refused");
        }
    }

    public static Document parse(String xml) {
        refuseUnsafe(xml);
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("malformed XML", e);
        }
    }

    /**
     * The deepest element nesting of the text, by one pass over its tags (comments, CDATA and processing instructions
     * skipped; self-closing tags do not nest). Does not validate: the parser does that afterwards.
     */
    public static int nestingDepth(String xml) {
        int depth = 0;
        int max = 0;
        int i = 0;
        int n = xml.length();
        while (i < n) {
            int open = xml.indexOf('<', i);
            if (open < 0 || open + 1 >= n) {
                break;
            }
            char next = xml.charAt(open + 1);
            if (xml.startsWith("<!--", open)) {
                i = skipPast(xml, open, "-->");
            } else if (xml.startsWith("<![CDATA[", open)) {
                i = skipPast(xml, open, "]]>");
            } else if (next == '?' || next == '!') {
                i = skipPast(xml, open, ">");
            } else {
                int close = xml.indexOf('>', open);
                if (close < 0) {
                    break;
                }
                if (next == '/') {
                    depth = Math.max(0, depth - 1);
                } else if (xml.charAt(close - 1) != '/') {
                    max = Math.max(max, ++depth);
                }
                i = close + 1;
            }
        }
        return max;
    }

    private static int skipPast(String xml, int from, String end) {
        int at = xml.indexOf(end, from);
        return at < 0 ? xml.length() : at + end.length();
    }

    private static XMLInputFactory hardenedStax() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        try {
            f.setProperty(REUSE_INSTANCE, Boolean.TRUE);
        } catch (IllegalArgumentException notSupported) {
            // another StAX implementation: a new reader per message, as before
        }
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException notSupported) {
            // a non-JDK StAX implementation: DTDs are off above and refused before parsing anyway
        }
        return f;
    }

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }
}
