#pragma once

// A small lesson built in code, so engine tests do not depend on the loader or the catalogue.

#include "lessons/lesson.h"

inline LocalizedText fr(const QString &text)
{
    return LocalizedText({{QStringLiteral("fr"), text}, {QStringLiteral("en"), QStringLiteral("EN ") + text}});
}

inline Element element(const QString &id, ElementKind kind, const QString &label = {})
{
    Element e;
    e.id = id;
    e.kind = kind;
    e.label = label;
    return e;
}

inline Step step(const QString &id, const QString &scene, ActionKind action, const QString &target)
{
    Step s;
    s.id = id;
    s.scene = scene;
    s.say = fr(QStringLiteral("Faites ") + id);
    s.hint = fr(QStringLiteral("Indice ") + id);
    s.success = fr(QStringLiteral("Bravo ") + id);
    s.expect.action = action;
    s.expect.target = target;
    return s;
}

/// Scene "page": a button, a trap link, a form with a 13-digit field, a required checkbox and a
/// select; scene "quiz": three options. Steps: click, type (regex), check, submit, choose, order.
inline Lesson sampleLesson()
{
    Lesson lesson;
    lesson.id = QStringLiteral("T1-test");
    lesson.module = QStringLiteral("A");
    lesson.title = fr(QStringLiteral("Essai"));

    Scene page;
    page.id = QStringLiteral("page");
    page.kind = SceneKind::Browser;
    page.elements << element(QStringLiteral("ok"), ElementKind::Button, QStringLiteral("Continuer"))
                  << element(QStringLiteral("pub"), ElementKind::Link, QStringLiteral("Gagnez un iPhone"))
                  << element(QStringLiteral("titre"), ElementKind::Heading, QStringLiteral("Bienvenue"));
    Element form = element(QStringLiteral("form"), ElementKind::Form);
    Element nir = element(QStringLiteral("nir"), ElementKind::TextField, QStringLiteral("Numéro"));
    nir.validation.required = true;
    nir.validation.pattern = QStringLiteral("[0-9]{13}");
    nir.validation.message = QStringLiteral("Saisissez les 13 premiers chiffres.");
    nir.validation.requiredMessage = QStringLiteral("Ce champ est obligatoire.");
    Element accept = element(QStringLiteral("cgu"), ElementKind::Checkbox, QStringLiteral("J'accepte"));
    accept.validation.required = true;
    accept.validation.message = QStringLiteral("Vous devez accepter les conditions.");
    Element month = element(QStringLiteral("mois"), ElementKind::Select, QStringLiteral("Mois"));
    month.options = {QStringLiteral("Janvier"), QStringLiteral("Février")};
    month.value = QStringLiteral("Janvier");
    form.children << nir << accept << month << element(QStringLiteral("envoyer"), ElementKind::Button, QStringLiteral("Envoyer"));
    page.elements << form;

    Scene quiz;
    quiz.id = QStringLiteral("quiz");
    quiz.kind = SceneKind::Quiz;
    quiz.elements << element(QStringLiteral("a"), ElementKind::Option, QStringLiteral("Allumer"))
                  << element(QStringLiteral("b"), ElementKind::Option, QStringLiteral("Se connecter"))
                  << element(QStringLiteral("c"), ElementKind::Option, QStringLiteral("Éteindre"));
    lesson.scenes << page << quiz;

    Step click = step(QStringLiteral("s-click"), QStringLiteral("page"), ActionKind::Click, QStringLiteral("ok"));
    WrongRule trap;
    trap.when.action = ActionKind::Click;
    trap.when.target = QStringLiteral("pub");
    trap.message = fr(QStringLiteral("Ce lien est une publicité."));
    click.wrong << trap;

    Step type = step(QStringLiteral("s-type"), QStringLiteral("page"), ActionKind::Type, QStringLiteral("nir"));
    type.expect.value = QStringLiteral("[0-9]{13}");
    type.expect.match = TextMatch::Regex;
    type.expect.hasValue = true;
    WrongRule fifteen;
    fifteen.when.action = ActionKind::Type;
    fifteen.when.target = QStringLiteral("nir");
    fifteen.when.value = QStringLiteral("[0-9]{15}");
    fifteen.when.match = TextMatch::Regex;
    fifteen.when.hasValue = true;
    fifteen.message = fr(QStringLiteral("Vous avez tapé 15 chiffres."));
    type.wrong << fifteen;

    Step check = step(QStringLiteral("s-check"), QStringLiteral("page"), ActionKind::Check, QStringLiteral("cgu"));
    Step submit = step(QStringLiteral("s-submit"), QStringLiteral("page"), ActionKind::Submit, QStringLiteral("form"));

    Step choose = step(QStringLiteral("s-choose"), QStringLiteral("quiz"), ActionKind::Choose, {});
    choose.expect.values = {QStringLiteral("a"), QStringLiteral("c")};
    choose.expect.hasValue = true;
    Step order = step(QStringLiteral("s-order"), QStringLiteral("quiz"), ActionKind::Order, {});
    order.expect.values = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    order.expect.hasValue = true;

    lesson.steps << click << type << check << submit << choose << order;
    return lesson;
}
