#pragma once

#include "lessons/lesson.h"

#include <QHash>
#include <QString>

#include <optional>

/// Checks form fields against their validation rules, as a real site would.
namespace FormValidator {

/// Whether the element kind is a field a form submits.
bool isField(ElementKind kind);

/// The French error text for `value` in `field`, or nothing when the value is acceptable.
std::optional<QString> validateField(const Element &field, const QString &value);

/// Every failing field of `form` (its fields at any depth) -> its French error text.
/// Values come from `values` (field id -> value); a missing id uses the field's initial value.
QHash<QString, QString> validateForm(const Element &form, const QHash<QString, QString> &values);

} // namespace FormValidator
