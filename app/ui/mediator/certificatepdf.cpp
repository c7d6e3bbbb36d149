#include "certificatepdf.h"

#include "pdfcanvas.h"

#include <QFileInfo>
#include <QPen>

bool CertificatePdf::write(const CertificateData &c, const QString &path, QString *error)
{
    PdfCanvas canvas(path, QPageLayout::Landscape, c.title + QStringLiteral(" — ") + c.learnerName);
    if (!canvas.isOpen()) {
        if (error)
            *error = tr("Impossible d'écrire le fichier %1.").arg(path);
        return false;
    }
    QPainter &p = canvas.painter();
    const QSizeF page = canvas.pageMm();
    const bool rtl = c.rightToLeft;
    const QColor accent(0x1D, 0x5B, 0xBF);

    QPen frame(accent);
    frame.setWidthF(canvas.px(1.2));
    p.setPen(frame);
    p.setBrush(Qt::NoBrush);
    p.drawRect(canvas.rect(10, 10, page.width() - 20, page.height() - 20));
    frame.setWidthF(canvas.px(0.3));
    p.setPen(frame);
    p.drawRect(canvas.rect(13, 13, page.width() - 26, page.height() - 26));

    const double margin = 25;
    const double width = page.width() - 2 * margin;
    const Qt::Alignment center = Qt::AlignHCenter | Qt::AlignTop;
    double y = 24;
    p.setPen(accent);
    y += canvas.text(QRectF(margin, y, width, 18), c.title, 30, true, center, rtl, 16) + 4;
    p.setPen(Qt::black);
    y += canvas.text(QRectF(margin, y, width, 8), c.awardedTo, 14, false, center, rtl) + 2;
    y += canvas.text(QRectF(margin, y, width, 16), c.learnerName, 28, true, center, rtl, 14) + 3;
    y += canvas.text(QRectF(margin, y, width, 8), c.completedText, 14, false, center, rtl) + 1;
    p.setPen(accent);
    y += canvas.text(QRectF(margin, y, width, 12), QStringLiteral("« %1 »").arg(c.setName), 20, true, center, rtl, 11) + 5;
    p.setPen(Qt::black);

    // The lessons, in one or two columns.
    y += canvas.text(QRectF(margin + 20, y, width - 40, 7), c.lessonsTitle, 12, true, Qt::AlignLeft | Qt::AlignTop, rtl) + 1;
    const int perColumn = c.lessons.size() > 8 ? static_cast<int>((c.lessons.size() + 1) / 2) : static_cast<int>(c.lessons.size());
    const double columnWidth = (width - 40) / (c.lessons.size() > 8 ? 2 : 1);
    const double listTop = y;
    const double bottomOfList = page.height() - 62;
    const double lineHeight = qMin(7.0, (bottomOfList - listTop) / qMax(1, perColumn));
    for (int i = 0; i < c.lessons.size(); ++i) {
        const int column = i / qMax(1, perColumn);
        const int row = i % qMax(1, perColumn);
        const double x = rtl ? margin + 20 + (width - 40) - (column + 1) * columnWidth : margin + 20 + column * columnWidth;
        canvas.text(QRectF(x, listTop + row * lineHeight, columnWidth - 4, lineHeight), QStringLiteral("✓ ") + c.lessons.at(i),
                    11, false, Qt::AlignLeft | Qt::AlignTop, rtl, 6);
    }

    const double footer = page.height() - 55;
    canvas.text(QRectF(margin, footer, width, 7), c.timeText, 12, false, center, rtl);
    canvas.text(QRectF(margin + 10, footer + 14, width / 2 - 10, 7), c.dateText, 12, false,
                Qt::AlignLeft | Qt::AlignTop, rtl);
    // A line to sign on, and who signs.
    const double signX = rtl ? margin + 10 : margin + width / 2 + 20;
    QPen line(Qt::black);
    line.setWidthF(canvas.px(0.3));
    p.setPen(line);
    p.drawLine(QPointF(canvas.px(signX), canvas.px(footer + 28)), QPointF(canvas.px(signX + width / 2 - 30), canvas.px(footer + 28)));
    canvas.text(QRectF(signX, footer + 30, width / 2 - 30, 7), c.signature, 10, false, Qt::AlignHCenter | Qt::AlignTop, rtl);
    p.setPen(QColor(0x60, 0x60, 0x60));
    canvas.text(QRectF(margin, page.height() - 20, width, 5), QStringLiteral("Passerelle — %1").arg(c.cardCode), 8, false,
                Qt::AlignHCenter | Qt::AlignTop);

    if (!canvas.finish() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Le fichier %1 n'a pas pu être écrit.").arg(path);
        return false;
    }
    return true;
}
