/**
 * Exports from chart and table data. A panel describes each chart as a {@link org.tokenscope.views.export.ChartData}
 * (line, bar, heatmap, scatter) and each table as a {@link org.tokenscope.views.export.TableData}; from those come
 * SVG ({@link org.tokenscope.views.export.SvgChartWriter}), CSV ({@link org.tokenscope.views.export.CsvWriter}),
 * JSON ({@link org.tokenscope.views.export.TableJson}) and the charts of HTML and PDF reports, all drawn by one
 * {@link org.tokenscope.views.export.ChartPainter}. PNG comes from the node on screen
 * ({@link org.tokenscope.views.export.NodeImages}); {@link org.tokenscope.views.export.ExportActions} gives a
 * ready-made context menu. Reports gain a panel's charts and tables through a
 * {@link org.tokenscope.views.export.ReportContributor} registered with {@code ServiceLoader}.
 */
package org.tokenscope.views.export;
