#include "staffpanel.h"

#include "confirmbutton.h"
#include "reports/terminalstatus.h"
#include "secretchooser.h"
#include "settingseditor.h"
#include "staffhost.h"
#include "staffsettingsstore.h"
#include "staffwidgets.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/progressrepository.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int LockedRole = Qt::UserRole + 2;

QString localTime(const QString &stored)
{
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString roleText(StaffRole role)
{
    return role == StaffRole::Mediator ? StaffPanel::tr("médiation") : StaffPanel::tr("accueil");
}

} // namespace

StaffPanel::StaffPanel(StaffServices services, const StaffMember &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor)
{
    setObjectName(QStringLiteral("staffPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_header = StaffWidgets::title(tr("Panneau du personnel — %1 (%2)").arg(actor.name, roleText(actor.role)),
                                   QStringLiteral("staffHeader"), this, 1.3);
    top->addWidget(m_header, 1);
    m_dashboard = StaffWidgets::button(tr("Tableau de bord de médiation"), QStringLiteral("staffOpenDashboard"), this);
    // Only a mediator sees the way to the dashboard (StaffAccess checks the role again).
    m_dashboard->setVisible(actor.role == StaffRole::Mediator);
    connect(m_dashboard, &QPushButton::clicked, this, &StaffPanel::mediatorDashboardRequested);
    top->addWidget(m_dashboard);
    m_close = StaffWidgets::button(tr("Fermer et verrouiller"), QStringLiteral("staffClose"), this, true);
    connect(m_close, &QPushButton::clicked, this, &StaffPanel::closed);
    top->addWidget(m_close);
    layout->addLayout(top);

    m_message = StaffWidgets::message(QStringLiteral("staffMessage"), this);
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->addTab(buildTerminalPage(), tr("Terminal"));
    m_tabs->addTab(buildPeoplePage(), tr("Apprenants et équipe"));
    m_settingsEditor = new SettingsEditor(m_tabs);
    m_settingsEditor->setSettings(m_services.settings.current());
    connect(m_settingsEditor, &SettingsEditor::saveRequested, this, &StaffPanel::saveSettings);
    m_tabs->addTab(m_settingsEditor, tr("Réglages"));
    m_tabs->addTab(buildJournalPage(), tr("Journal"));
    layout->addWidget(m_tabs, 1);

    refresh();
}

QWidget *StaffPanel::buildTerminalPage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("staffTerminalPage"));
    auto *layout = new QHBoxLayout(page);

    auto *left = new QVBoxLayout;
    m_status = StaffWidgets::message(QStringLiteral("staffStatus"), page);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_status);
    left->addWidget(new QLabel(tr("Leçons désactivées (fichier : raison) :"), page));
    m_broken = new QListWidget(page);
    m_broken->setObjectName(QStringLiteral("staffBrokenLessons"));
    m_broken->setWordWrap(true);
    left->addWidget(m_broken, 1);
    layout->addLayout(left, 3);

    auto *actions = new QVBoxLayout;
    m_endSession = new ConfirmButton(tr("Terminer la séance en cours"), QStringLiteral("staffEndSession"), page);
    connect(m_endSession, &ConfirmButton::confirmed, this, [this] {
        audit(QStringLiteral("session.end-by-staff"), QString(), m_services.host.sessionDescription());
        emit endSessionRequested();
    });
    m_resetTerminal = new ConfirmButton(tr("Réinitialiser le terminal"), QStringLiteral("staffResetTerminal"), page);
    connect(m_resetTerminal, &ConfirmButton::confirmed, this, [this] {
        audit(QStringLiteral("terminal.reset"), QString(), m_services.host.sessionDescription());
        emit resetTerminalRequested();
    });
    m_backup = StaffWidgets::button(tr("Sauvegarder maintenant"), QStringLiteral("staffBackup"), page);
    connect(m_backup, &QPushButton::clicked, this, &StaffPanel::backUpNow);
    m_refresh = StaffWidgets::button(tr("Actualiser l'état"), QStringLiteral("staffRefresh"), page);
    connect(m_refresh, &QPushButton::clicked, this, &StaffPanel::refresh);
    m_leaveKiosk = new ConfirmButton(tr("Quitter le mode kiosque (maintenance)"), QStringLiteral("staffLeaveKiosk"), page);
    connect(m_leaveKiosk, &ConfirmButton::confirmed, this, [this] {
        audit(QStringLiteral("kiosk.leave"));
        emit leaveKioskRequested();
    });
    for (QPushButton *b : std::initializer_list<QPushButton *>{m_endSession, m_resetTerminal, m_backup, m_refresh})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_leaveKiosk);
    layout->addLayout(actions, 2);
    return page;
}

QWidget *StaffPanel::buildPeoplePage()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("staffPeoplePage"));
    auto *layout = new QHBoxLayout(page);

    auto *learnerBox = new QGroupBox(tr("Apprenants"), page);
    auto *learnerLayout = new QVBoxLayout(learnerBox);
    m_search = StaffWidgets::lineEdit(QStringLiteral("staffLearnerSearch"), learnerBox);
    m_search->setPlaceholderText(tr("Nom ou code de carte"));
    connect(m_search, &QLineEdit::textChanged, this, &StaffPanel::refreshLearners);
    learnerLayout->addWidget(m_search);
    m_learners = new QListWidget(learnerBox);
    m_learners->setObjectName(QStringLiteral("staffLearnerList"));
    connect(m_learners, &QListWidget::currentRowChanged, this, [this] {
        m_secretBox->hide();
        m_chooser->clear();
        updateLearnerButtons();
    });
    learnerLayout->addWidget(m_learners, 1);
    auto *learnerButtons = new QHBoxLayout;
    m_unlockLearner = StaffWidgets::button(tr("Débloquer"), QStringLiteral("staffUnlockLearner"), learnerBox);
    connect(m_unlockLearner, &QPushButton::clicked, this, &StaffPanel::unlockLearner);
    m_newSecret = StaffWidgets::button(tr("Nouveau secret…"), QStringLiteral("staffNewSecret"), learnerBox);
    connect(m_newSecret, &QPushButton::clicked, this, [this] {
        m_chooser->clear();
        m_secretBox->show();
    });
    m_requireSecret = StaffWidgets::button(tr("Réinitialiser le secret"), QStringLiteral("staffRequireSecret"), learnerBox);
    m_requireSecret->setToolTip(tr("L'ancien secret ne marche plus : l'apprenant en choisira un nouveau "
                                   "à sa prochaine connexion."));
    connect(m_requireSecret, &QPushButton::clicked, this, &StaffPanel::requireNewSecret);
    learnerButtons->addWidget(m_unlockLearner);
    learnerButtons->addWidget(m_requireSecret);
    learnerButtons->addWidget(m_newSecret);
    learnerButtons->addStretch();
    learnerLayout->addLayout(learnerButtons);

    m_secretBox = new QWidget(learnerBox);
    auto *secretLayout = new QVBoxLayout(m_secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    auto *secretHelp = StaffWidgets::message(QStringLiteral("staffSecretHelp"), m_secretBox);
    secretHelp->setText(tr("Laissez l'apprenant choisir lui-même son nouveau secret, sans regarder. "
                           "Le compte est débloqué en même temps."));
    secretLayout->addWidget(secretHelp);
    m_chooser = new SecretChooser(m_secretBox);
    secretLayout->addWidget(m_chooser);
    m_saveSecret = StaffWidgets::button(tr("Enregistrer le nouveau secret"), QStringLiteral("staffSaveSecret"),
                                        m_secretBox, true);
    connect(m_saveSecret, &QPushButton::clicked, this, &StaffPanel::saveSecret);
    secretLayout->addWidget(m_saveSecret, 0, Qt::AlignLeft);
    m_secretBox->hide();
    learnerLayout->addWidget(m_secretBox);
    layout->addWidget(learnerBox, 3);

    auto *teamBox = new QGroupBox(tr("Équipe"), page);
    auto *teamLayout = new QVBoxLayout(teamBox);
    m_colleagues = new QListWidget(teamBox);
    m_colleagues->setObjectName(QStringLiteral("staffColleagues"));
    connect(m_colleagues, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem *item = m_colleagues->currentItem();
        m_unlockColleague->setEnabled(item && item->data(LockedRole).toBool()
                                      && item->data(IdRole).toString() != m_actor.id);
    });
    teamLayout->addWidget(m_colleagues, 1);
    m_unlockColleague = StaffWidgets::button(tr("Débloquer ce compte"), QStringLiteral("staffUnlockColleague"), teamBox);
    m_unlockColleague->setEnabled(false);
    connect(m_unlockColleague, &QPushButton::clicked, this, &StaffPanel::unlockColleague);
    teamLayout->addWidget(m_unlockColleague);
    layout->addWidget(teamBox, 2);
    return page;
}

QWidget *StaffPanel::buildJournalPage()
{
    m_journal = new QTableWidget(0, 4, m_tabs);
    m_journal->setObjectName(QStringLiteral("staffJournal"));
    m_journal->setHorizontalHeaderLabels({tr("Quand"), tr("Qui"), tr("Action"), tr("Sur")});
    m_journal->horizontalHeader()->setStretchLastSection(true);
    m_journal->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_journal->verticalHeader()->hide();
    return m_journal;
}

void StaffPanel::refresh()
{
    refreshStatus();
    refreshLearners();
    refreshColleagues();
    refreshJournal();
}

void StaffPanel::refreshStatus()
{
    const TerminalStatus s = TerminalStatus::collect(m_services.db, m_services.host.catalogue());
    QStringList lines;
    lines << tr("Version : %1").arg(s.version);
    lines << tr("Terminal : %1").arg(s.terminalId);
    lines << tr("Séance : %1").arg(m_services.host.sessionDescription());
    lines << (s.databaseState == Database::State::Ready
                  ? tr("Base de données : en service (%1)").arg(TerminalStatus::bytesText(s.databaseBytes))
                  : tr("Base de données : HORS SERVICE (%1) — %2")
                        .arg(Database::stateName(s.databaseState), s.databaseMessage));
    lines << (s.lastBackupAt.isEmpty() ? tr("Dernière sauvegarde : aucune")
                                       : tr("Dernière sauvegarde : %1 (%n sauvegarde(s) gardée(s))", nullptr,
                                            s.backupCount)
                                             .arg(localTime(s.lastBackupAt)));
    QString disk = tr("Espace libre : %1 sur %2")
                       .arg(TerminalStatus::bytesText(s.freeBytes), TerminalStatus::bytesText(s.totalBytes));
    if (s.freeBytes >= 0 && s.freeBytes < TerminalStatus::LowDiskBytes)
        disk += tr(" — ATTENTION : presque plein");
    lines << disk;
    lines << (m_services.host.catalogue() ? tr("Leçons chargées : %1, désactivées : %2")
                                                .arg(s.lessonsLoaded)
                                                .arg(s.brokenLessons.size())
                                          : tr("Leçons : chargement en cours"));
    lines << (m_services.host.isAudioAvailable() ? tr("Son : disponible")
                                                 : tr("Son : INDISPONIBLE (aucune sortie audio) — les consignes "
                                                      "restent affichées"));
    lines << tr("Dossier des données : %1").arg(s.dataDir);
    // What the store did on its own (recovery after a crash, backups that failed...): newest first.
    for (int i = 0; i < qMin<qsizetype>(5, s.maintenance.size()); ++i) {
        const Database::MaintenanceEvent &e = s.maintenance.at(i);
        lines << tr("Maintenance %1 : %2 %3").arg(localTime(e.at), e.kind, e.detail.left(200));
    }
    m_status->setText(lines.join(QLatin1Char('\n')));

    m_broken->clear();
    for (const auto &broken : s.brokenLessons)
        m_broken->addItem(QStringLiteral("%1 : %2").arg(broken.first, broken.second));
}

void StaffPanel::refreshLearners()
{
    const QString previous = selectedLearnerId();
    const QString filter = m_search->text().simplified();
    const QString code = LearnerRepository::normalizeCardCode(filter);
    m_learners->blockSignals(true);
    m_learners->clear();
    const QList<LearnerSummary> learners = ProgressRepository(m_services.db).learnerList();
    for (const LearnerSummary &learner : learners) {
        if (!filter.isEmpty() && !learner.displayName.contains(filter, Qt::CaseInsensitive)
            && !learner.cardCode.startsWith(code))
            continue;
        QString text = QStringLiteral("%1 — %2").arg(learner.displayName, learner.cardCode);
        if (learner.locked)
            text += tr(" — BLOQUÉ");
        auto *item = new QListWidgetItem(text, m_learners);
        item->setData(IdRole, learner.id);
        item->setData(CodeRole, learner.cardCode);
        item->setData(LockedRole, learner.locked);
        item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
        if (learner.id == previous)
            m_learners->setCurrentItem(item);
    }
    m_learners->blockSignals(false);
    updateLearnerButtons();
}

void StaffPanel::refreshColleagues()
{
    m_colleagues->clear();
    const QList<StaffMember> members = m_services.staff.list();
    for (const StaffMember &member : members) {
        QString text = QStringLiteral("%1 (%2)").arg(member.name, roleText(member.role));
        if (member.locked)
            text += tr(" — BLOQUÉ");
        auto *item = new QListWidgetItem(text, m_colleagues);
        item->setData(IdRole, member.id);
        item->setData(LockedRole, member.locked);
        item->setSizeHint(QSize(0, StaffWidgets::MinTarget));
    }
    m_unlockColleague->setEnabled(false);
}

void StaffPanel::refreshJournal()
{
    QHash<QString, QString> names;
    const QList<StaffMember> members = m_services.staff.list();
    for (const StaffMember &member : members)
        names.insert(member.id, member.name);
    const QList<AuditLog::Entry> entries = AuditLog(m_services.db).entries(200);
    m_journal->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditLog::Entry &e = entries.at(row);
        const QString who = e.actorId.isEmpty() ? tr("(mise en service)") : names.value(e.actorId, e.actorId.left(8));
        const QStringList cells{localTime(e.at), who, e.action, e.target.left(80)};
        for (int column = 0; column < cells.size(); ++column)
            m_journal->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_journal->resizeColumnsToContents();
}

QString StaffPanel::selectedLearnerId() const
{
    const QListWidgetItem *item = m_learners ? m_learners->currentItem() : nullptr;
    return item ? item->data(IdRole).toString() : QString();
}

bool StaffPanel::selectLearner(const QString &idOrCode)
{
    const QString code = LearnerRepository::normalizeCardCode(idOrCode);
    for (int row = 0; row < m_learners->count(); ++row) {
        const QListWidgetItem *item = m_learners->item(row);
        if (item->data(IdRole).toString() == idOrCode || item->data(CodeRole).toString() == code) {
            m_learners->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void StaffPanel::updateLearnerButtons()
{
    const QListWidgetItem *item = m_learners->currentItem();
    m_unlockLearner->setEnabled(item && item->data(LockedRole).toBool());
    m_newSecret->setEnabled(item != nullptr);
    m_requireSecret->setEnabled(item != nullptr);
}

void StaffPanel::backUpNow()
{
    const QString path = m_services.db.backupNow();
    if (path.isEmpty()) {
        audit(QStringLiteral("backup.now"), QString(), QStringLiteral("failed: ") + m_services.db.errorMessage());
        setMessage(tr("La sauvegarde a échoué : %1").arg(m_services.db.errorMessage()), true);
    } else {
        audit(QStringLiteral("backup.now"), path);
        setMessage(tr("Sauvegarde faite : %1").arg(path), false);
    }
    refreshStatus();
    refreshJournal();
}

void StaffPanel::unlockLearner()
{
    const QString id = selectedLearnerId();
    if (id.isEmpty())
        return;
    // The store writes the audit entry with the unlock, in one transaction.
    if (m_services.learners.unlock(id, m_actor.id))
        setMessage(tr("Le compte de l'apprenant est débloqué."), false);
    else
        setMessage(tr("Le déblocage a échoué (base de données indisponible ?)."), true);
    refreshLearners();
    refreshJournal();
}

void StaffPanel::saveSecret()
{
    const QString id = selectedLearnerId();
    if (id.isEmpty())
        return;
    QString problem;
    const std::optional<Secret> secret = m_chooser->secret(&problem);
    if (!secret) {
        setMessage(problem, true);
        return;
    }
    const bool ok = m_services.learners.setSecret(id, *secret, m_actor.id); // audited by the store
    m_chooser->clear();
    if (!ok) {
        setMessage(tr("Le nouveau secret n'a pas pu être enregistré."), true);
        return;
    }
    m_secretBox->hide();
    setMessage(tr("Nouveau secret enregistré. L'apprenant peut se connecter avec."), false);
    refreshLearners();
    refreshJournal();
}

void StaffPanel::requireNewSecret()
{
    const QString id = selectedLearnerId();
    if (id.isEmpty())
        return;
    m_secretBox->hide();
    m_chooser->clear();
    // The store writes the audit entry with the reset, in one transaction.
    if (m_services.learners.requireNewSecret(id, m_actor.id))
        setMessage(tr("Secret réinitialisé. L'apprenant choisira un nouveau secret à sa prochaine connexion."), false);
    else
        setMessage(tr("La réinitialisation a échoué (base de données indisponible ?)."), true);
    refreshLearners();
    refreshJournal();
}

void StaffPanel::unlockColleague()
{
    const QListWidgetItem *item = m_colleagues->currentItem();
    if (!item)
        return;
    if (m_services.staff.unlock(item->data(IdRole).toString(), m_actor.id)) // audited by the store
        setMessage(tr("Le compte de votre collègue est débloqué."), false);
    else
        setMessage(tr("Le déblocage a échoué."), true);
    refreshColleagues();
    refreshJournal();
}

void StaffPanel::saveSettings(const KioskSettings &settings)
{
    const KioskSettings before = m_services.settings.current();
    QString error;
    if (!m_services.settings.save(settings, &error)) {
        m_settingsEditor->showResult(tr("Les réglages n'ont pas pu être enregistrés : %1").arg(error), true);
        return;
    }
    audit(QStringLiteral("settings.change"), StaffSettingsStore::FileName,
          SettingsEditor::differences(before, m_services.settings.current()));
    m_settingsEditor->setSettings(m_services.settings.current());
    m_settingsEditor->showResult(tr("Réglages enregistrés et appliqués."), false);
    refreshJournal();
    emit settingsChanged(m_services.settings.current());
}

void StaffPanel::audit(const QString &action, const QString &target, const QString &detail)
{
    AuditLog(m_services.db).append(m_actor.id, action, target, detail);
}

void StaffPanel::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString StaffPanel::statusText() const
{
    return m_status->text();
}

QString StaffPanel::message() const
{
    return m_message->text();
}
