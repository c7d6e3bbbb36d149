#include "learnercardpdf.h"

#include "pdfcanvas.h"
#include "qrcode.h"

#include <QFileInfo>
#include <QPen>

namespace {
const QString CodeFamily = QStringLiteral("DejaVu Sans Mono");

void cutFrame(PdfCanvas &canvas, const QRectF &mm)
{
    QPen pen(QColor(0x70, 0x70, 0x70));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(canvas.px(0.2));
    canvas.painter().setPen(pen);
    canvas.painter().setBrush(Qt::NoBrush);
    canvas.painter().drawRect(canvas.rect(mm.x(), mm.y(), mm.width(), mm.height()));
}
} // namespace

bool LearnerCardPdf::write(const LearnerCardData &card, const QString &path, QString *error)
{
    PdfCanvas canvas(path, QPageLayout::Portrait, tr("Carte Passerelle de %1").arg(card.name));
    if (!canvas.isOpen()) {
        if (error)
            *error = tr("Impossible d'écrire le fichier %1.").arg(path);
        return false;
    }
    QPainter &p = canvas.painter();
    const double pageWidth = canvas.pageMm().width();
    const double left = (pageWidth - 2 * CardWidthMm) / 2;
    const double top = 40;
    const bool rtl = card.rightToLeft;

    // For the mediator, in French.
    canvas.text(QRectF(left, 15, 2 * CardWidthMm, 20),
                tr("Découpez la carte en suivant les pointillés, puis pliez-la en deux au milieu."), 10, false,
                Qt::AlignLeft | Qt::AlignTop);

    // Front (left half): who and the code. In a right-to-left language the front is on the right,
    // so the card opens the way the learner reads.
    const double frontX = rtl ? left + CardWidthMm : left;
    const double backX = rtl ? left : left + CardWidthMm;
    cutFrame(canvas, QRectF(left, top, 2 * CardWidthMm, CardHeightMm));
    QPen fold(QColor(0xA0, 0xA0, 0xA0));
    fold.setStyle(Qt::DotLine);
    fold.setWidthF(canvas.px(0.3));
    p.setPen(fold);
    p.drawLine(QPointF(canvas.px(left + CardWidthMm), canvas.px(top)),
               QPointF(canvas.px(left + CardWidthMm), canvas.px(top + CardHeightMm)));

    const double pad = 4;
    const double qrSide = 26;
    p.fillRect(canvas.rect(frontX + 0.3, top + 0.3, CardWidthMm - 0.6, 9), QColor(0x1D, 0x5B, 0xBF));
    p.setPen(Qt::white);
    canvas.text(QRectF(frontX + pad, top + 1.5, CardWidthMm - 2 * pad, 7), card.title, 10, true,
                Qt::AlignLeft | Qt::AlignVCenter, rtl);
    p.setPen(Qt::black);
    const double textWidth = CardWidthMm - qrSide - 3 * pad;
    const double textX = rtl ? frontX + qrSide + 2 * pad : frontX + pad;
    canvas.text(QRectF(textX, top + 12, textWidth, 14), card.name, 15, true, Qt::AlignLeft | Qt::AlignTop, rtl, 7);
    canvas.text(QRectF(textX, top + 28, textWidth, 5), card.codeLabel, 8, false, Qt::AlignLeft | Qt::AlignTop, rtl);
    // The code is Latin letters and digits: always left to right, in a font where each one is
    // clear, lined up with its label (on the right edge in a right-to-left card).
    canvas.text(QRectF(textX, top + 33, textWidth, 12), card.spacedCode, 22, true,
                (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, false, 12, CodeFamily);
    const QrCode qr = QrCode::encode(card.code.toUtf8());
    const double qrX = rtl ? frontX + pad : frontX + CardWidthMm - pad - qrSide;
    qr.paint(p, canvas.rect(qrX, top + 14, qrSide, qrSide));

    // Back (right half): how to sign in.
    double y = top + pad;
    y += canvas.text(QRectF(backX + pad, y, CardWidthMm - 2 * pad, 6), card.howToTitle, 9, true,
                     Qt::AlignLeft | Qt::AlignTop, rtl) + 1;
    for (int i = 0; i < card.howTo.size(); ++i) {
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(card.howTo.at(i));
        y += canvas.text(QRectF(backX + pad, y, CardWidthMm - 2 * pad, 8), line, 8, false,
                         Qt::AlignLeft | Qt::AlignTop, rtl) + 0.8;
    }
    p.setPen(QColor(0xA0, 0x40, 0x00));
    y += canvas.text(QRectF(backX + pad, y + 1, CardWidthMm - 2 * pad, 9), card.warning, 7.5, true,
                     Qt::AlignLeft | Qt::AlignTop, rtl) + 1;
    p.setPen(Qt::black);
    canvas.text(QRectF(backX + pad, top + CardHeightMm - 8, CardWidthMm - 2 * pad, 6), card.help, 7, false,
                Qt::AlignLeft | Qt::AlignBottom, rtl);

    if (!canvas.finish() || QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Le fichier %1 n'a pas pu être écrit.").arg(path);
        return false;
    }
    return true;
}
