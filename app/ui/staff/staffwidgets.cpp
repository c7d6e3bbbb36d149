#include "staffwidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include "store/textlimits.h"

namespace {

/// Caps a field at `max` UTF-16 code units on a grapheme boundary (TextLimits::cap, as the store
/// caps it). QLineEdit's own maxLength cuts anywhere: between the two halves of an emoji (a lone
/// surrogate, which the store cannot keep as shown) or inside what was pasted. Here a paste keeps
/// its whole characters that fit, and a key typed into a full field is refused, as with maxLength.
class GraphemeCap : public QValidator
{
public:
    GraphemeCap(int max, QLineEdit *edit) : QValidator(edit), m_max(max)
    {
        connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) { m_kept = text.size(); });
    }

    State validate(QString &input, int &pos) const override
    {
        if (input.size() <= m_max)
            return Acceptable;
        const QString capped = TextLimits::cap(input, m_max);
        if (capped.size() <= m_kept)
            return Invalid; // nothing of what was added fits: the field stays as it was
        input = capped;
        pos = std::min(pos, static_cast<int>(input.size()));
        return Acceptable;
    }

private:
    int m_max;
    qsizetype m_kept = 0;
};

QLineEdit *plainEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumHeight(StaffWidgets::MinTarget);
    return edit;
}

} // namespace

namespace StaffWidgets {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent, bool primary)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setMinimumHeight(MinTarget);
    b->setMinimumWidth(MinTarget);
    b->setAccessibleName(text);
    b->setProperty("staffPrimary", primary);
    b->setAutoDefault(false);
    return b;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent, int maxLength)
{
    QLineEdit *edit = plainEdit(objectName, parent);
    edit->setValidator(new GraphemeCap(maxLength, edit));
    return edit;
}

QLineEdit *pinEdit(const QString &objectName, QWidget *parent)
{
    QLineEdit *edit = plainEdit(objectName, parent);
    edit->setMaxLength(12); // digits only: one code unit each
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    // Western and Arabic-Indic digits; Secret::pin() normalizes them and checks the length.
    edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]{0,12}")), edit));
    return edit;
}

QLabel *title(const QString &text, const QString &objectName, QWidget *parent, double factor)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPixelSize(static_cast<int>(TextPixels * factor));
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *message(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleName(objectName);
    return label;
}

void setMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #a04000; font-weight: bold;")
                                 : QStringLiteral("color: #1e6b34; font-weight: bold;"));
    label->setAccessibleDescription(text);
}

QString styleSheet()
{
    return QStringLiteral(
               "QWidget#staffOverlay { background: #eef1f5; }"
               "QWidget#staffOverlay QWidget { font-size: %1px; }"
               "QPushButton { padding: 6px 16px; }"
               "QPushButton[staffPrimary=\"true\"] { background: #1d5bbf; color: white; font-weight: bold;"
               " border-radius: 6px; border: 1px solid #174a9c; }"
               "QPushButton[staffPrimary=\"true\"]:disabled { background: #9bb2d9; }"
               "QTabBar::tab { min-height: %2px; padding: 4px 14px; }"
               "QComboBox, QSpinBox, QDateEdit { min-height: %2px; }"
               "QCheckBox, QRadioButton { min-height: %2px; }")
        .arg(TextPixels)
        .arg(MinTarget);
}

} // namespace StaffWidgets
