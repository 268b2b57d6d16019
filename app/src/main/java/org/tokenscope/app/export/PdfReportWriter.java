package org.tokenscope.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ChartPainter;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.export.SvgChartWriter;
import org.tokenscope.views.export.TableData;

/**
 * A report as a PDF (OpenPDF): the same parts as the HTML report, charts drawn as vectors by the shared chart
 * painter. Text uses Liberation Sans, embedded from the OpenPDF jar, so accented Latin, Greek and Cyrillic
 * print as typed on any machine.
 */
public final class PdfReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String FONT_RESOURCE = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color GREY = new Color(0xf2f2f2);

    private final BaseFont base;
    private final Font title;
    private final Font heading;
    private final Font subheading;
    private final Font body;
    private final Font small;

    private PdfReportWriter() throws IOException {
        base = loadFont();
        title = new Font(base, 18, Font.BOLD);
        heading = new Font(base, 14, Font.BOLD);
        subheading = new Font(base, 11, Font.BOLD);
        body = new Font(base, 10);
        small = new Font(base, 8);
    }

    /** The PDF's bytes. */
    public static byte[] toPdf(Report report) throws IOException {
        return new PdfReportWriter().write(report);
    }

    private byte[] write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(report.title());
            doc.addCreator("Tokenscope " + report.provenance().appVersion());
            doc.open();
            doc.add(new Paragraph(report.title(), title));
            report.notes().ifPresent(n -> add(doc, spaced(new Paragraph(n, body))));
            add(doc, headingParagraph("Provenance"));
            add(doc, facts(report.provenance().facts()));
            add(doc, headingParagraph("Prompts"));
            if (report.prompts().isEmpty()) {
                add(doc, new Paragraph("The project has no prompts.", body));
            }
            for (int i = 0; i < report.prompts().size(); i++) {
                add(doc, spaced(new Paragraph((i + 1) + ". " + report.prompts().get(i), body)));
            }
            for (Report.PanelPart part : report.panels()) {
                add(doc, headingParagraph(part.title()));
                for (ReportSection s : part.sections()) {
                    add(doc, spaced(new Paragraph(s.title(), subheading)));
                    for (ReportBlock b : s.blocks()) {
                        block(doc, writer, b);
                    }
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void block(Document doc, PdfWriter writer, ReportBlock b) {
        if (b instanceof ReportBlock.Text t) {
            add(doc, spaced(new Paragraph(t.text(), body)));
        } else if (b instanceof ReportBlock.Facts f) {
            add(doc, facts(f.facts()));
        } else if (b instanceof ReportBlock.Json j) {
            add(doc, new Paragraph(j.caption(), body));
            add(doc, spaced(new Paragraph(json(j), small)));
        } else if (b instanceof ReportBlock.Chart c) {
            add(doc, chart(writer, c.chart(), doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin()));
        } else if (b instanceof ReportBlock.Table t) {
            add(doc, table(t.table()));
        }
    }

    private Image chart(PdfWriter writer, ChartData chart, float width) {
        float w = (float) SvgChartWriter.DEFAULT_WIDTH;
        float h = (float) SvgChartWriter.DEFAULT_HEIGHT;
        PdfTemplate template = writer.getDirectContent().createTemplate(w, h);
        ChartPainter.paint(chart, new PdfChartCanvas(template, h, base), w, h);
        try {
            Image image = Image.getInstance(template);
            image.scaleToFit(width, h);
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingBefore(6);
            image.setSpacingAfter(6);
            return image;
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e); // a template is always a valid image
        }
    }

    private PdfPTable facts(List<ReportBlock.Fact> facts) {
        PdfPTable t = new PdfPTable(new float[] {1, 3});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (ReportBlock.Fact f : facts) {
            t.addCell(cell(f.name(), true));
            t.addCell(cell(f.value(), false));
        }
        return t;
    }

    private PdfPTable table(TableData data) {
        PdfPTable t = new PdfPTable(Math.max(1, data.columns().size()));
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        t.setHeaderRows(1); // repeated on every page the table spans
        data.columns().forEach(c -> t.addCell(cell(c, true)));
        for (List<Object> row : data.rows()) {
            row.forEach(v -> t.addCell(cell(TableData.text(v), false)));
        }
        return t;
    }

    private PdfPCell cell(String text, boolean header) {
        PdfPCell c = new PdfPCell(new Paragraph(text == null ? "" : text, header ? subheading : body));
        c.setPadding(3);
        if (header) {
            c.setBackgroundColor(GREY);
        }
        return c;
    }

    private Paragraph headingParagraph(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        return p;
    }

    private static Paragraph spaced(Paragraph p) {
        p.setSpacingAfter(4);
        return p;
    }

    private static void add(Document doc, Element e) {
        doc.add(e);
    }

    private static String json(ReportBlock.Json j) {
        try {
            return JSON.writeValueAsString(j.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont loadFont() throws IOException {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IOException(FONT_RESOURCE + " is missing from the OpenPDF jar");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (DocumentException e) {
            throw new IOException("cannot load the report font: " + e.getMessage(), e);
        }
    }
}
