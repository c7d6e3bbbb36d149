#include "csvwriter.h"

#include <QDate>
#include <QDateTime>
#include <QSaveFile>

namespace {
const QString LineEnd = QStringLiteral("\r\n");

bool startsDangerously(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}
} // namespace

CsvWriter::CsvWriter(QChar separator) : m_separator(separator) {}

QString CsvWriter::guard(const QString &value)
{
    return startsDangerously(value) ? QLatin1Char('\'') + value : value;
}

QString CsvWriter::unguard(const QString &value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') && startsDangerously(value.mid(1)))
        return value.mid(1);
    return value;
}

QString CsvWriter::encodeCell(const QString &value, QChar separator, bool isText)
{
    const QString text = isText ? guard(value) : value;
    const bool needsQuotes = text.contains(separator) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::encodeVariant(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'f', 1);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return encodeCell(value.toString(), m_separator, true);
    }
}

void CsvWriter::addRow(const QList<QVariant> &cells)
{
    QStringList encoded;
    encoded.reserve(cells.size());
    for (const QVariant &cell : cells)
        encoded.append(encodeVariant(cell));
    m_text += encoded.join(m_separator) + LineEnd;
    ++m_rows;
}

void CsvWriter::addTextRow(const QStringList &cells)
{
    QList<QVariant> values;
    values.reserve(cells.size());
    for (const QString &cell : cells)
        values.append(cell);
    addRow(values);
}

QByteArray CsvWriter::toBytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

bool CsvWriter::writeFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = toBytes();
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
