#pragma once

#include "scenes/sceneviewbase.h"

#include <QHash>

class QStackedWidget;

/// A webmail: the account bar (scene title), folders, the inbox list of `mail-item`s (sender,
/// subject, date; unread ones in bold unless `extra.read` is true) and a reading pane. A click
/// on a mail reports Click on its id and opens it: sender with full address, subject, date,
/// body, then its children — links and attachment chips (Click / DoubleClick on their ids),
/// buttons such as "Répondre", and any field or form (a reply box).
class MailSceneView : public SceneViewBase
{
    Q_OBJECT

public:
    using SceneViewBase::SceneViewBase;

    /// The mail shown in the reading pane (empty: none).
    QString openMail() const { return m_open; }

protected:
    void buildScene(QWidget *root) override;
    void clearScene() override;
    QString extraStyleSheet() const override;
    void elementActivated(const Element &element) override;
    QList<Gesture> revealGestures(const QString &id) const override;
    void reveal(const QString &id) override;
    /// A narrow view hides the folder list, as a webmail does on a small screen.
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *mailRow(const Element &mail, QWidget *parent);
    QWidget *readingPage(const Element &mail);
    void open(const QString &mailId);
    QString mailOf(const QString &elementId) const;

    QPointer<QStackedWidget> m_pane;
    QPointer<QWidget> m_sidebar;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, QString> m_ownerMail; ///< element id inside a mail -> mail id
    QString m_open;
};
