#include "homescreen.h"

#include "lessons/learningpath.h"

#include "narration/spokenmessages.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

LessonCard::LessonCard(const Theme &theme, const Lesson &lesson, QWidget *parent)
    : QPushButton(parent), m_theme(theme), m_lesson(lesson), m_lessonId(lesson.id)
{
    setObjectName(QStringLiteral("lesson_") + lesson.id);
    setFocusPolicy(Qt::StrongFocus);
    setAutoDefault(false);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(theme.minTarget() * 2);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);

    m_title = ScreenKit::label(theme, QStringLiteral("lessonTitle"), this, 1.1, true);
    m_details = ScreenKit::label(theme, QStringLiteral("lessonDetails"), this, 0.9);
    m_badge = ScreenKit::label(theme, QStringLiteral("lessonStatus"), this, 0.9, true);
    m_badge->setWordWrap(false);
    for (QLabel *l : {m_title, m_details, m_badge})
        l->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_details);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(18, 12, 18, 12);
    row->addLayout(text, 1);
    row->addWidget(m_badge, 0, Qt::AlignVCenter);
}

QSize LessonCard::sizeHint() const
{
    return layout() ? layout()->sizeHint().expandedTo(QSize(0, minimumHeight())) : QPushButton::sizeHint();
}

QString LessonCard::titleText() const
{
    return m_title->text();
}

QString LessonCard::statusText() const
{
    return m_badge->text();
}

void LessonCard::setContent(const QString &language, TerminalSession::LessonStatus status, bool next, int position)
{
    m_status = status;
    m_next = next;
    const QString title = m_lesson.title.text(language);
    m_title->setText(position > 0 ? HomeScreen::tr("%1. %2").arg(position).arg(title) : title);
    const QString minutes = HomeScreen::tr("%1 min").arg(m_lesson.minutes);
    m_details->setText(m_lesson.minutes > 0 ? minutes : QString());

    QString badge;
    QColor badgeBack;
    QColor badgeText = m_theme.highContrast() ? QColor(Qt::black) : QColor(Qt::white);
    switch (status) {
    case TerminalSession::LessonStatus::New:
        badge = HomeScreen::tr("Nouveau");
        badgeBack = m_theme.accent();
        badgeText = m_theme.accentText();
        break;
    case TerminalSession::LessonStatus::InProgress:
        badge = HomeScreen::tr("En cours");
        badgeBack = m_theme.highContrast() ? QColor(0xFF, 0xB0, 0x40) : QColor(0xA8, 0x5B, 0x00);
        break;
    case TerminalSession::LessonStatus::Done:
        badge = HomeScreen::tr("Terminé ✓");
        badgeBack = m_theme.success();
        break;
    }
    // The highlight says "do this now"; a lesson already started keeps saying so.
    if (next && status != TerminalSession::LessonStatus::InProgress)
        badge = HomeScreen::tr("À faire maintenant");
    m_badge->setText(badge);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; padding: 6px 12px; }")
                               .arg(badgeBack.name(), badgeText.name()));
    setStyleSheet(QStringLiteral("LessonCard { %1 text-align: left; } LessonCard:focus { border: 4px solid %2; }")
                      .arg(ScreenKit::cardStyle(m_theme, next),
                           m_theme.highContrast() ? QStringLiteral("#ffffff") : QStringLiteral("#f0a000")));
    setAccessibleName(title);
    setAccessibleDescription(badge);
    updateGeometry();
}

HomeScreen::HomeScreen(const Theme &theme, Narrator &narrator, const Catalogue &catalogue, TerminalSession &session,
                       QWidget *parent)
    : LearnerScreen(theme, narrator, parent), m_catalogue(catalogue), m_session(session)
{
    setObjectName(QStringLiteral("homeScreen"));

    m_greeting = ScreenKit::label(theme, QStringLiteral("homeGreeting"), this, 1.6, true);
    m_listen = ScreenKit::speakerButton(theme, this);
    connect(m_listen, &QPushButton::clicked, this, &LearnerScreen::speakInstruction);
    m_finish = ScreenKit::button(theme, QStringLiteral("finishButton"), this, true, 1.3);
    m_finish->setMinimumWidth(theme.minTarget() * 4);
    connect(m_finish, &QPushButton::clicked, this, &HomeScreen::finishRequested);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_greeting, 1);
    topRow->addWidget(m_listen);
    topRow->addSpacing(theme.basePixelSize());
    topRow->addWidget(m_finish);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("homeScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->verticalScrollBar()->setStyleSheet(QStringLiteral("QScrollBar:vertical { width: %1px; }").arg(theme.minTarget() / 2));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.minTarget() / 2, theme.minTarget() / 3, theme.minTarget() / 2, 0);
    layout->addLayout(topRow);
    layout->addSpacing(theme.basePixelSize() / 2);
    layout->addWidget(m_scroll, 1);

    retranslateUi();
}

QString HomeScreen::instructionKey() const
{
    return m_nextLessonId.isEmpty() ? SpokenMessages::Home : SpokenMessages::HomeNext;
}

QWidget *HomeScreen::sectionTitle(const QString &objectName, QWidget *parent, double factor)
{
    return ScreenKit::label(theme(), objectName, parent, factor, true);
}

void HomeScreen::addCards(QVBoxLayout *column, const QList<const Lesson *> &lessons, bool inPath,
                          const QHash<QString, TerminalSession::LessonStatus> &statuses)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(theme().basePixelSize());
    grid->setVerticalSpacing(theme().basePixelSize() * 3 / 4);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    int position = 0;
    for (const Lesson *lesson : lessons) {
        auto *card = new LessonCard(theme(), *lesson, m_content);
        const auto status = statuses.value(lesson->id, TerminalSession::LessonStatus::New);
        card->setContent(language(), status, inPath != m_nextInCatalogue && lesson->id == m_nextLessonId,
                         inPath ? position + 1 : 0);
        const QString id = lesson->id;
        connect(card, &QPushButton::clicked, this, [this, id] { emit lessonChosen(id); });
        grid->addWidget(card, position / 2, position % 2);
        (inPath ? m_pathCards : m_catalogueCards) << card;
        ++position;
    }
    column->addLayout(grid);
}

void HomeScreen::refresh()
{
    m_pathCards.clear();
    m_catalogueCards.clear();
    m_nextLessonId.clear();
    m_nextInCatalogue = false;
    // The old list goes later: refresh() may run while one of its cards is still on the stack.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("homeContent"));
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(theme().minTarget() / 2, 0, theme().minTarget() / 2, theme().minTarget());
    column->setSpacing(theme().basePixelSize() / 2);

    const QHash<QString, TerminalSession::LessonStatus> statuses = m_session.statuses();

    // Mon parcours: assigned lessons that exist and are valid, in the mediator's order.
    QList<const Lesson *> path;
    const QStringList assigned = m_session.assignedLessonIds();
    for (const QString &id : assigned) {
        if (const Lesson *lesson = m_catalogue.findLesson(id))
            path << lesson;
    }
    for (const Lesson *lesson : std::as_const(path)) {
        if (statuses.value(lesson->id) != TerminalSession::LessonStatus::Done) {
            m_nextLessonId = lesson->id;
            break;
        }
    }
    if (!path.isEmpty()) {
        auto *title = ScreenKit::label(theme(), QStringLiteral("pathTitle"), m_content, 1.4, true);
        title->setText(tr("Mon parcours"));
        column->addWidget(title);
        const QString setName = m_session.assignedSetName();
        if (!setName.isEmpty()) {
            auto *name = ScreenKit::label(theme(), QStringLiteral("pathName"), m_content, 1.0);
            name->setText(setName);
            column->addWidget(name);
        }
        if (m_nextLessonId.isEmpty()) {
            auto *done = ScreenKit::label(theme(), QStringLiteral("pathDone"), m_content, 1.0, true);
            done->setText(tr("Bravo, vous avez terminé tout votre parcours !"));
            column->addWidget(done);
        }
        addCards(column, path, true, statuses);
        column->addSpacing(theme().minTarget() / 2);
    } else {
        // No path from a mediator: the catalogue itself is the path; suggest the first lesson
        // not done whose prerequisites are done.
        QSet<QString> done;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            if (it.value() == TerminalSession::LessonStatus::Done)
                done.insert(it.key());
        m_nextLessonId = LearningPath::suggestNext(m_catalogue, done);
        m_nextInCatalogue = true;
    }

    auto *catalogueTitle = ScreenKit::label(theme(), QStringLiteral("catalogueTitle"), m_content, 1.4, true);
    catalogueTitle->setText(path.isEmpty() ? tr("Les leçons") : tr("Toutes les leçons"));
    column->addWidget(catalogueTitle);
    for (const Module &module : m_catalogue.modules) {
        const QList<const Lesson *> lessons = m_catalogue.lessonsOfModule(module.id);
        if (lessons.isEmpty())
            continue;
        auto *heading = ScreenKit::label(theme(), QStringLiteral("module_") + module.id, m_content, 1.2, true);
        heading->setText(module.title.text(language()));
        column->addSpacing(theme().basePixelSize() / 2);
        column->addWidget(heading);
        const QString description = module.description.text(language());
        if (!description.isEmpty()) {
            auto *about = ScreenKit::label(theme(), QStringLiteral("moduleAbout_") + module.id, m_content, 0.9);
            about->setText(description);
            column->addWidget(about);
        }
        addCards(column, lessons, false, statuses);
    }
    if (m_catalogueCards.isEmpty()) {
        auto *none = ScreenKit::label(theme(), QStringLiteral("noLessons"), m_content, 1.1);
        none->setText(tr("Aucune leçon n'est disponible pour le moment. Demandez au personnel de l'accueil."));
        column->addWidget(none);
    }
    column->addStretch();
    m_scroll->setWidget(m_content);
    m_scroll->verticalScrollBar()->setValue(0);
    retranslateUi();
}

LessonCard *HomeScreen::lessonCard(const QString &lessonId, bool inPath) const
{
    for (LessonCard *card : inPath ? m_pathCards : m_catalogueCards) {
        if (card->lessonId() == lessonId)
            return card;
    }
    return nullptr;
}

QStringList HomeScreen::catalogueLessonIds() const
{
    QStringList ids;
    for (const LessonCard *card : m_catalogueCards)
        ids << card->lessonId();
    return ids;
}

QStringList HomeScreen::pathLessonIds() const
{
    QStringList ids;
    for (const LessonCard *card : m_pathCards)
        ids << card->lessonId();
    return ids;
}

void HomeScreen::retranslateUi()
{
    const QString name = m_session.learnerName();
    m_greeting->setText(name.isEmpty() ? tr("Bonjour !") : tr("Bonjour %1 !").arg(name));
    ScreenKit::setText(m_finish, tr("J'ai fini"), tr("Terminer la séance : tout est effacé de l'écran"));
    ScreenKit::setText(m_listen, tr("Écouter"), tr("Écouter ce qu'il faut faire"));
    if (!m_content)
        return;
    // Titles in the tutor language: rebuild the cards' texts.
    const QHash<QString, TerminalSession::LessonStatus> statuses = m_session.statuses();
    int position = 0;
    for (LessonCard *card : std::as_const(m_pathCards)) {
        card->setContent(language(), statuses.value(card->lessonId(), TerminalSession::LessonStatus::New),
                         card->lessonId() == m_nextLessonId, ++position);
    }
    for (LessonCard *card : std::as_const(m_catalogueCards))
        card->setContent(language(), statuses.value(card->lessonId(), TerminalSession::LessonStatus::New),
                         m_nextInCatalogue && card->lessonId() == m_nextLessonId, 0);
    if (auto *title = m_content->findChild<QLabel *>(QStringLiteral("pathTitle")))
        title->setText(tr("Mon parcours"));
    for (const Module &module : m_catalogue.modules) {
        if (auto *heading = m_content->findChild<QLabel *>(QStringLiteral("module_") + module.id))
            heading->setText(module.title.text(language()));
        if (auto *about = m_content->findChild<QLabel *>(QStringLiteral("moduleAbout_") + module.id))
            about->setText(module.description.text(language()));
    }
}
