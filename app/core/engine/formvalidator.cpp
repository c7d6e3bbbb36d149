#include "formvalidator.h"

#include <QRegularExpression>

namespace FormValidator {

namespace {

QString defaultMessage(const FieldValidation &rules)
{
    return rules.message.isEmpty() ? QStringLiteral("Ce champ est invalide.") : rules.message;
}

bool isEmptyValue(const Element &field, const QString &value)
{
    if (field.kind == ElementKind::Checkbox || field.kind == ElementKind::Radio)
        return value != QLatin1String("true");
    return value.trimmed().isEmpty();
}

void collectErrors(const QList<Element> &elements, const QHash<QString, QString> &values,
                   QHash<QString, QString> &errors)
{
    for (const Element &e : elements) {
        if (isField(e.kind)) {
            const QString value = values.contains(e.id) ? values.value(e.id) : e.value;
            if (const auto error = validateField(e, value))
                errors.insert(e.id, *error);
        }
        collectErrors(e.children, values, errors);
    }
}

} // namespace

bool isField(ElementKind kind)
{
    switch (kind) {
    case ElementKind::TextField:
    case ElementKind::PasswordField:
    case ElementKind::DateField:
    case ElementKind::Select:
    case ElementKind::Checkbox:
    case ElementKind::Radio:
    case ElementKind::FilePicker:
        return true;
    default:
        return false;
    }
}

std::optional<QString> validateField(const Element &field, const QString &value)
{
    const FieldValidation &rules = field.validation;
    if (rules.isEmpty())
        return std::nullopt;
    if (isEmptyValue(field, value)) {
        if (rules.required)
            return rules.requiredMessage.isEmpty() ? defaultMessage(rules) : rules.requiredMessage;
        return std::nullopt; // an optional empty field is never checked further
    }
    const QString text = value.trimmed();
    if (rules.minLength >= 0 && text.size() < rules.minLength)
        return defaultMessage(rules);
    if (rules.maxLength >= 0 && text.size() > rules.maxLength)
        return defaultMessage(rules);
    if (!rules.pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(rules.pattern));
        if (!re.isValid() || !re.match(text).hasMatch())
            return defaultMessage(rules);
    }
    return std::nullopt;
}

QHash<QString, QString> validateForm(const Element &form, const QHash<QString, QString> &values)
{
    QHash<QString, QString> errors;
    collectErrors(form.children, values, errors);
    return errors;
}

} // namespace FormValidator
