#pragma once

#include "lessons/lesson.h"

#include <QHash>
#include <QString>

class QBoxLayout;
class QButtonGroup;
class QLabel;
class QPushButton;
class QWidget;
class SceneViewBase;

/// Builds the widgets of page elements — heading, text, notice, image, link, button, form,
/// text/password/date fields, select, checkbox, radio, file picker, scroll page — for the
/// browser, mail, practice and quiz renderers, wired to report actions through the view:
/// Type (live and committed), Select, Check, Upload, Submit for buttons and links inside a
/// form, Click elsewhere. Every element widget is registered with the view.
class ElementWidgetFactory
{
public:
    explicit ElementWidgetFactory(SceneViewBase &view);

    /// Height of a `scroll-page` box laid out in a column (0: its natural height). The box must
    /// stay shorter than its content, or there is nothing to scroll.
    void setScrollPageHeight(int pixels) { m_scrollPageHeight = pixels; }

    /// The widget of `element` (and its children). `form` is the enclosing form, if any.
    QWidget *create(const Element &element, QWidget *parent, const Element *form = nullptr);
    /// Builds `elements` one under the other into `layout`.
    void addAll(const QList<Element> &elements, QBoxLayout *layout, QWidget *parent, const Element *form = nullptr);

    /// A paragraph of scene text: plain text, word-wrapped, never interpreted as markup.
    static QLabel *plainLabel(const QString &text, QWidget *parent, const QString &role = {});
    /// A page button (blue when `primary`) that Enter and Space both press.
    static QPushButton *pageButton(const QString &text, bool primary, QWidget *parent);

private:
    QWidget *heading(const Element &e, QWidget *parent);
    QWidget *text(const Element &e, QWidget *parent);
    QWidget *notice(const Element &e, QWidget *parent);
    QWidget *image(const Element &e, QWidget *parent);
    QWidget *link(const Element &e, QWidget *parent, const Element *form);
    QWidget *button(const Element &e, QWidget *parent, const Element *form);
    QWidget *form(const Element &e, QWidget *parent);
    QWidget *lineField(const Element &e, QWidget *parent, const Element *form);
    QWidget *select(const Element &e, QWidget *parent, const Element *form);
    QWidget *toggle(const Element &e, QWidget *parent, const Element *form);
    QWidget *filePicker(const Element &e, QWidget *parent, const Element *form);
    QWidget *scrollPage(const Element &e, QWidget *parent, const Element *form);
    QWidget *generic(const Element &e, QWidget *parent);

    /// A labelled block: label, optional hint, the control, the hidden red error text.
    struct FieldBox
    {
        QWidget *box = nullptr;
        QBoxLayout *layout = nullptr;
        QLabel *error = nullptr;
    };
    FieldBox fieldBox(const Element &e, QWidget *parent, bool withLabel = true);

    SceneViewBase &m_view;
    QHash<QString, QButtonGroup *> m_radioGroups;
    int m_scrollPageHeight = 0;
};
