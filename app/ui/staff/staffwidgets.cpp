#include "staffwidgets.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

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
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumHeight(MinTarget);
    edit->setMaxLength(maxLength);
    return edit;
}

QLineEdit *pinEdit(const QString &objectName, QWidget *parent)
{
    QLineEdit *edit = lineEdit(objectName, parent, 12);
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
