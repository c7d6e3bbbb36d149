#pragma once

#include "lessons/lesson.h"

#include <QHash>
#include <QString>
#include <QStringList>

/// What the learner just did in a scene, as a renderer reports it: by element id, never by pixel.
struct UserAction
{
    ActionKind kind = ActionKind::Click;
    QString target;      ///< element id; empty when the learner acted on the background
    QString to;          ///< drag: the drop zone id (empty: dropped elsewhere)
    QString value;       ///< type: the field text; select: the option; upload: the file name; check: "true"/"false"
    QStringList values;  ///< choose: selected option ids; order: ids in the learner's order
    QHash<QString, QString> fields; ///< submit: form field id -> value (checkbox: "true"/"false")
    bool committed = true; ///< type: false while the learner is still typing (live edits), true on Enter/leave

    static UserAction click(const QString &target) { return {ActionKind::Click, target, {}, {}, {}, {}, true}; }
    static UserAction of(ActionKind kind, const QString &target, const QString &value = {})
    {
        UserAction a;
        a.kind = kind;
        a.target = target;
        a.value = value;
        return a;
    }
};

/// How the engine judged an action.
enum class Verdict {
    Correct, ///< the expected action: the step is done
    Wrong,   ///< a mistake: counted, answered with a specific, kind message
    Neutral, ///< not a decision (live typing, a click on the background, half of a double-click)
};

struct ActionResult
{
    Verdict verdict = Verdict::Neutral;
    QString reason;        ///< machine-readable cause, e.g. "wrong-target", "rule:2", "validation"
    LocalizedText message; ///< wrong: the rule's message (empty: the UI shows its generic kind message)
    QHash<QString, QString> fieldErrors; ///< submit: field id -> French error text shown in red
};
