#pragma once

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>
#include <QString>

/// A PDF page to draw on in millimetres (QPdfWriter + QPainter, 300 dpi), with text that wraps,
/// follows its language's direction and shrinks to fit. Text stays real text in the PDF (it can
/// be searched, copied and read by pdftotext).
class PdfCanvas
{
public:
    static constexpr int Dpi = 300;

    PdfCanvas(const QString &path, QPageLayout::Orientation orientation, const QString &title);
    ~PdfCanvas();

    /// False when the file cannot be written (the painter could not start).
    bool isOpen() const { return m_open; }
    /// Ends the painting and closes the file; false when something failed.
    bool finish();

    QPainter &painter() { return m_painter; }
    double px(double mm) const { return mm * Dpi / 25.4; }
    QRectF rect(double xMm, double yMm, double wMm, double hMm) const;
    /// Page size in millimetres.
    QSizeF pageMm() const;

    /// Draws `text` wrapped in `box` (mm) at `points`, shrinking down to `minPoints` until it fits.
    /// `align` is Qt::AlignLeft/AlignHCenter/AlignRight with a vertical flag; left and right are
    /// mirrored for right-to-left text. Returns the height used, in mm.
    double text(const QRectF &boxMm, const QString &text, double points, bool bold = false,
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignTop, bool rightToLeft = false, double minPoints = 6,
                const QString &family = QString());

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    bool m_open = false;
};
