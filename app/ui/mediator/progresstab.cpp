#include "progresstab.h"

#include "charts.h"
#include "mediatorcontext.h"
#include "staff/staffwidgets.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;

QString localDateTime(const QString &stored)
{
    const QDateTime at = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString endReasonText(const QString &reason)
{
    if (reason == QLatin1String("logout"))
        return ProgressTab::tr("terminée par l'apprenant");
    if (reason == QLatin1String("idle"))
        return ProgressTab::tr("inactivité");
    if (reason == QLatin1String("staff_reset"))
        return ProgressTab::tr("terminée par le personnel");
    if (reason == QLatin1String("recovered"))
        return ProgressTab::tr("coupure (récupérée)");
    return ProgressTab::tr("en cours");
}

QTableWidget *table(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

ProgressTab::ProgressTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorProgress"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Parcours :"), this));
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("progressSet"));
    m_set->setMinimumWidth(300);
    connect(m_set, &QComboBox::currentIndexChanged, this, &ProgressTab::fillGrid);
    top->addWidget(m_set);
    top->addStretch();
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_grid = new QTableWidget(splitter);
    m_grid->setObjectName(QStringLiteral("progressGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->verticalHeader()->setDefaultSectionSize(StaffWidgets::MinTarget);
    connect(m_grid, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> items = m_grid->selectedItems();
        if (!items.isEmpty())
            showLearner(items.first()->data(IdRole).toString());
    });
    splitter->addWidget(m_grid);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    auto *detailTop = new QHBoxLayout;
    m_detailTitle = StaffWidgets::title(tr("Choisissez un apprenant dans le tableau."), QStringLiteral("progressDetailTitle"), detail, 1.1);
    detailTop->addWidget(m_detailTitle, 1);
    m_certificate = StaffWidgets::button(tr("Certificat de réussite (PDF)"), QStringLiteral("progressCertificate"), detail, true);
    m_certificate->setEnabled(false);
    connect(m_certificate, &QPushButton::clicked, this, &ProgressTab::writeCertificate);
    detailTop->addWidget(m_certificate);
    detailLayout->addLayout(detailTop);
    m_message = StaffWidgets::message(QStringLiteral("progressMessage"), detail);
    detailLayout->addWidget(m_message);
    auto *detailRow = new QHBoxLayout;
    auto *tables = new QVBoxLayout;
    m_lessons = table(QStringLiteral("progressLessons"),
                      {tr("Leçon"), tr("Statut"), tr("Temps"), tr("Essais"), tr("Erreurs"), tr("Indices"), tr("Terminée le")}, detail);
    m_history = table(QStringLiteral("progressHistory"),
                      {tr("Début"), tr("Fin"), tr("Comment"), tr("Leçons"), tr("Étapes"), tr("Erreurs"), tr("Indices")}, detail);
    tables->addWidget(m_lessons);
    tables->addWidget(m_history);
    detailRow->addLayout(tables, 3);
    m_chart = Charts::view(QStringLiteral("progressChart"), detail);
    detailRow->addWidget(m_chart, 2);
    detailLayout->addLayout(detailRow, 1);
    splitter->addWidget(detail);
    layout->addWidget(splitter, 1);
    refresh();
}

void ProgressTab::refresh()
{
    const QString selected = m_set->currentData().toString();
    m_set->blockSignals(true);
    m_set->clear();
    const QList<LessonSet> sets = LessonSetRepository(m_context.services.db).list();
    for (const LessonSet &set : sets)
        m_set->addItem(set.name, set.id);
    const int index = m_set->findData(selected);
    m_set->setCurrentIndex(index >= 0 ? index : 0);
    m_set->blockSignals(false);

    ProgressReport report(m_context.services.db);
    QHash<QString, QString> titles;
    for (const LessonSet &set : sets) {
        for (const QString &id : set.lessonIds)
            titles.insert(id, m_context.lessonTitle(id));
    }
    report.setLessonTitles(titles);
    m_rows = report.rows();
    fillGrid();
    if (!m_learnerId.isEmpty())
        showLearner(m_learnerId);
}

bool ProgressTab::selectSet(const QString &setId)
{
    const int index = m_set->findData(setId);
    if (index < 0)
        return false;
    m_set->setCurrentIndex(index);
    return true;
}

void ProgressTab::fillGrid()
{
    const QString setId = m_set->currentData().toString();
    const std::optional<LessonSet> set = setId.isEmpty() ? std::nullopt : LessonSetRepository(m_context.services.db).find(setId);
    m_grid->blockSignals(true);
    m_grid->clear();
    m_grid->setRowCount(0);
    if (!set) {
        m_grid->setColumnCount(0);
        m_grid->blockSignals(false);
        return;
    }
    QStringList headers{tr("Apprenant")};
    for (int i = 0; i < set->lessonIds.size(); ++i)
        headers << QStringLiteral("%1. %2").arg(i + 1).arg(m_context.lessonTitle(set->lessonIds.at(i)));
    m_grid->setColumnCount(static_cast<int>(headers.size()));
    m_grid->setHorizontalHeaderLabels(headers);

    QStringList learnerOrder;
    QHash<QString, QList<ProgressRow>> byLearner;
    for (const ProgressRow &row : std::as_const(m_rows)) {
        if (row.setId != setId)
            continue;
        if (!byLearner.contains(row.learnerId))
            learnerOrder << row.learnerId;
        byLearner[row.learnerId].append(row);
    }
    m_grid->setRowCount(static_cast<int>(learnerOrder.size()));
    for (int r = 0; r < learnerOrder.size(); ++r) {
        const QList<ProgressRow> &rows = byLearner.value(learnerOrder.at(r));
        auto *name = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(rows.first().learnerName, rows.first().cardCode));
        name->setData(IdRole, learnerOrder.at(r));
        m_grid->setItem(r, 0, name);
        for (const ProgressRow &row : rows) {
            const LessonProgress &p = row.progress;
            QString text = ProgressReport::statusText(row.status);
            QColor colour(0xF2, 0xF2, 0xF2);
            if (row.status == ProgressRow::Status::Completed) {
                text = QStringLiteral("✓ ") + ProgressReport::durationText(p.timeMs);
                colour = QColor(0xD8, 0xF0, 0xDC);
            } else if (row.status == ProgressRow::Status::InProgress) {
                text = tr("en cours, %1").arg(ProgressReport::durationText(p.timeMs));
                colour = QColor(0xFF, 0xF1, 0xCC);
            }
            auto *cell = new QTableWidgetItem(text);
            cell->setData(IdRole, row.learnerId);
            cell->setBackground(colour);
            cell->setToolTip(tr("Essais : %1, erreurs : %2, indices : %3, démonstrations : %4, étapes sautées : %5")
                                 .arg(p.attempts)
                                 .arg(p.wrong)
                                 .arg(p.hints)
                                 .arg(p.shown)
                                 .arg(p.skipped));
            m_grid->setItem(r, row.position, cell);
        }
    }
    m_grid->resizeColumnsToContents();
    m_grid->blockSignals(false);
    m_certificate->setEnabled(!m_learnerId.isEmpty() && byLearner.contains(m_learnerId));
}

bool ProgressTab::selectLearner(const QString &learnerId)
{
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        if (m_grid->item(r, 0) && m_grid->item(r, 0)->data(IdRole).toString() == learnerId) {
            m_grid->selectRow(r);
            return true;
        }
    }
    // Not in this set's grid: still show the learner's detail.
    showLearner(learnerId);
    return !m_learnerId.isEmpty();
}

void ProgressTab::showLearner(const QString &learnerId)
{
    const std::optional<Learner> learner = m_context.services.learners.find(learnerId);
    if (!learner) {
        m_learnerId.clear();
        return;
    }
    m_learnerId = learnerId;
    m_detailTitle->setText(tr("%1 — carte %2").arg(learner->profile.displayName, learner->cardCode));
    setMessage(QString(), false);

    const QList<LessonProgress> lessons = ProgressRepository(m_context.services.db).overview(learnerId);
    m_lessons->setRowCount(static_cast<int>(lessons.size()));
    for (int r = 0; r < lessons.size(); ++r) {
        const LessonProgress &p = lessons.at(r);
        const QStringList cells{m_context.lessonTitle(p.lessonId),
                                ProgressReport::statusText(p.completed ? ProgressRow::Status::Completed
                                                                       : ProgressRow::Status::InProgress),
                                ProgressReport::durationText(p.timeMs),
                                QString::number(p.attempts),
                                QString::number(p.wrong),
                                QString::number(p.hints),
                                localDateTime(p.completedAt)};
        for (int c = 0; c < cells.size(); ++c)
            m_lessons->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_lessons->resizeColumnsToContents();

    const QList<SessionHistoryEntry> history = ProgressReport(m_context.services.db).history(learnerId);
    m_history->setRowCount(static_cast<int>(history.size()));
    for (int r = 0; r < history.size(); ++r) {
        const SessionHistoryEntry &e = history.at(r);
        QStringList lessonNames;
        for (const QString &id : e.lessonIds)
            lessonNames << m_context.lessonTitle(id);
        const QStringList cells{localDateTime(e.startedAt),
                                localDateTime(e.endedAt),
                                endReasonText(e.endReason),
                                lessonNames.join(QStringLiteral(", ")),
                                QString::number(e.stepsDone),
                                QString::number(e.wrong),
                                QString::number(e.hints)};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
    Charts::show(m_chart, Charts::progressOverTime(lessons, learner->profile.displayName));
    m_certificate->setEnabled(!m_set->currentData().toString().isEmpty());
}

void ProgressTab::writeCertificate()
{
    const QString setId = m_set->currentData().toString();
    if (m_learnerId.isEmpty() || setId.isEmpty())
        return;
    QString error;
    const QString path = m_context.writeCertificate(m_learnerId, setId, &error);
    if (path.isEmpty()) {
        setMessage(error, true);
        return;
    }
    m_lastDocument = path;
    setMessage(tr("Certificat enregistré : %1").arg(path), false);
}

void ProgressTab::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString ProgressTab::message() const
{
    return m_message->text();
}
