#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

/// Builds a CSV file that opens cleanly in LibreOffice Calc and Excel:
/// - UTF-8 with a byte order mark (Excel reads UTF-8 only when the BOM is there);
/// - RFC 4180 quoting: a cell holding the separator, a quote, CR or LF is quoted, quotes doubled;
/// - CRLF line ends (RFC 4180; both programs accept them);
/// - ';' as the default separator: French Excel splits on ';' (the list separator of French
///   locales) and LibreOffice detects it;
/// - formula-injection guard: a TEXT cell starting with '=', '+', '-', '@', a tab or a CR gets a
///   leading apostrophe, so a learner named "=HYPERLINK(...)" is shown as text and never run as
///   a formula by the spreadsheet. Numbers are written as numbers (never guarded), so "-3" in a
///   numeric column stays a number. A reader that wants the original text drops one leading "'"
///   in front of one of those characters (see unguard()).
class CsvWriter
{
public:
    static constexpr char16_t DefaultSeparator = u';';

    explicit CsvWriter(QChar separator = QChar(DefaultSeparator));

    /// Appends a line. Cell types: QString (text, guarded), integers and doubles (numbers, '.' as
    /// decimal point), QDate (ISO YYYY-MM-DD), bool ("oui"/"non" is the caller's business: a
    /// bool is written 1/0), null or invalid (empty cell).
    void addRow(const QList<QVariant> &cells);
    /// Appends a line of text cells.
    void addTextRow(const QStringList &cells);
    int rowCount() const { return m_rows; }

    /// The whole file: BOM + lines.
    QByteArray toBytes() const;
    /// Writes the whole file atomically (QSaveFile): the file is either the old one or the new one.
    /// On failure returns false and sets `error` to a one-line reason.
    bool writeFile(const QString &path, QString *error = nullptr) const;

    /// One cell as written (quoted when needed). `text` is guarded when `isText`.
    static QString encodeCell(const QString &value, QChar separator, bool isText = true);
    /// The formula-injection guard alone: "'" + value when value starts with = + - @ tab CR.
    static QString guard(const QString &value);
    /// The inverse of guard(), for a reader that knows the cell was text.
    static QString unguard(const QString &value);

private:
    QString encodeVariant(const QVariant &value) const;

    QChar m_separator;
    QString m_text;
    int m_rows = 0;
};
