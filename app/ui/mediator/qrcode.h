#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>

class QPainter;

/// A QR code made by libqrencode (error correction M, 8-bit data), kept as a square of modules
/// and drawn as vector squares, so it stays sharp in a PDF at any printer resolution.
class QrCode
{
public:
    static constexpr int QuietZone = 4; ///< white modules around the symbol, as the standard asks

    /// Encodes `data` (UTF-8). isNull() when libqrencode fails (data too long...).
    static QrCode encode(const QByteArray &data);

    bool isNull() const { return m_size == 0; }
    /// Modules per side, without the quiet zone.
    int size() const { return m_size; }
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    /// Draws the symbol and its quiet zone in `square` (black on white).
    void paint(QPainter &painter, const QRectF &square) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};
