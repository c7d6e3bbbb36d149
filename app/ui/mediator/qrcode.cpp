#include "qrcode.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    const QByteArray text = data; // null-terminated copy for the C API
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!symbol || symbol->width <= 0)
        return code;
    code.m_size = symbol->width;
    code.m_modules.reserve(code.m_size * code.m_size);
    for (int i = 0; i < code.m_size * code.m_size; ++i)
        code.m_modules.append((symbol->data[i] & 1) != 0); // bit 0: dark module
    return code;
}

void QrCode::paint(QPainter &painter, const QRectF &square) const
{
    if (isNull())
        return;
    painter.save();
    painter.fillRect(square, Qt::white);
    const double side = square.width() / (m_size + 2 * QuietZone);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y))
                continue;
            // A hair larger than the module: no white seams between neighbours when printed.
            painter.drawRect(QRectF(square.left() + (x + QuietZone) * side, square.top() + (y + QuietZone) * side,
                                    side * 1.02, side * 1.02));
        }
    }
    painter.restore();
}
