#include "exportstab.h"

#include "charts.h"
#include "lessons/catalogue.h"
#include "mediatorcontext.h"
#include "reports/progressreport.h"
#include "staff/staffwidgets.h"
#include "store/database.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ExportsTab::ExportsTab(MediatorContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("mediatorExports"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *folderRow = new QHBoxLayout;
    m_folder = StaffWidgets::lineEdit(QStringLiteral("exportFolder"), this, 4096);
    m_folder->setText(m_context.exportFolder());
    connect(m_folder, &QLineEdit::editingFinished, this, [this] { m_context.setExportFolder(m_folder->text().trimmed()); });
    m_chooseFolder = StaffWidgets::button(tr("Choisir…"), QStringLiteral("exportChooseFolder"), this);
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        // Qt's own dialog: the kiosk has no desktop to provide one, and a USB key shows up under /media.
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Dossier des exports"), m_folder->text(),
                                                                 QFileDialog::DontUseNativeDialog | QFileDialog::ShowDirsOnly);
        if (!folder.isEmpty()) {
            m_folder->setText(folder);
            m_context.setExportFolder(folder);
        }
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    form->addRow(tr("Dossier des fichiers :"), folderRow);

    auto *rangeRow = new QHBoxLayout;
    const QDate today = m_context.services.db.wallClock().nowUtc().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-7 * 12 + 1), this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMinimumHeight(StaffWidgets::MinTarget);
        connect(edit, &QDateEdit::dateChanged, this, &ExportsTab::refresh);
    }
    rangeRow->addWidget(new QLabel(tr("du"), this));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("au"), this));
    rangeRow->addWidget(m_to);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("exportPeriod"));
    m_period->addItem(tr("par semaine"), static_cast<int>(ActivityReport::Period::Week));
    m_period->addItem(tr("par mois"), static_cast<int>(ActivityReport::Period::Month));
    m_period->addItem(tr("par jour"), static_cast<int>(ActivityReport::Period::Day));
    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportsTab::refresh);
    rangeRow->addWidget(m_period);
    rangeRow->addStretch();
    form->addRow(tr("Période :"), rangeRow);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_activityButton = StaffWidgets::button(tr("Exporter l'activité (CSV)"), QStringLiteral("exportActivity"), this, true);
    connect(m_activityButton, &QPushButton::clicked, this, &ExportsTab::exportActivity);
    m_progressButton = StaffWidgets::button(tr("Exporter les progrès des apprenants (CSV)"), QStringLiteral("exportProgress"), this);
    connect(m_progressButton, &QPushButton::clicked, this, &ExportsTab::exportProgress);
    buttons->addWidget(m_activityButton);
    buttons->addWidget(m_progressButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = StaffWidgets::message(QStringLiteral("exportMessage"), this);
    layout->addWidget(m_message);
    m_chart = Charts::view(QStringLiteral("exportActivityChart"), this);
    layout->addWidget(m_chart, 1);
    refresh();
}

ActivityReport::Period ExportsTab::period() const
{
    return static_cast<ActivityReport::Period>(m_period->currentData().toInt());
}

std::optional<ActivityResult> ExportsTab::compute(QString *error)
{
    ActivityReport report(m_context.services.db.connection(), m_context.services.db.wallClock());
    QHash<QString, int> steps;
    if (const Catalogue *catalogue = m_context.catalogue()) {
        for (const Lesson &lesson : catalogue->lessons)
            steps.insert(lesson.id, static_cast<int>(lesson.steps.size()));
    }
    report.setStepCounts(steps);
    std::optional<ActivityResult> result = report.compute(m_from->date(), m_to->date(), period());
    if (!result && error)
        *error = report.error();
    return result;
}

void ExportsTab::refresh()
{
    if (!m_chart)
        return;
    QString error;
    const std::optional<ActivityResult> result = compute(&error);
    m_activity = result.value_or(ActivityResult());
    Charts::show(m_chart, Charts::activity(m_activity));
}

QString ExportsTab::exportActivity()
{
    QString error;
    const std::optional<ActivityResult> result = compute(&error);
    if (!result) {
        setMessage(tr("L'activité n'a pas pu être lue : %1").arg(error), true);
        return {};
    }
    m_context.setExportFolder(m_folder->text().trimmed());
    const QString path = m_context.exportPath(QStringLiteral("activite-%1-%2.csv")
                                                  .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
                                              &error);
    if (path.isEmpty() || !ActivityReport::toCsv(*result).writeFile(path, &error)) {
        setMessage(tr("Le fichier n'a pas pu être écrit : %1").arg(error), true);
        return {};
    }
    m_context.audit(QStringLiteral("export.activity-csv"), path,
                    QStringLiteral("%1..%2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    m_lastFile = path;
    setMessage(tr("Activité exportée : %1").arg(path), false);
    return path;
}

QString ExportsTab::exportProgress()
{
    QString error;
    ProgressReport report(m_context.services.db);
    QHash<QString, QString> titles;
    if (const Catalogue *catalogue = m_context.catalogue()) {
        for (const Lesson &lesson : catalogue->lessons)
            titles.insert(lesson.id, lesson.title.text(QStringLiteral("fr")));
    }
    report.setLessonTitles(titles);
    m_context.setExportFolder(m_folder->text().trimmed());
    const QString today = m_context.services.db.wallClock().nowUtc().toLocalTime().date().toString(Qt::ISODate);
    const QString path = m_context.exportPath(QStringLiteral("progres-%1.csv").arg(today), &error);
    if (path.isEmpty() || !ProgressReport::toCsv(report.rows()).writeFile(path, &error)) {
        setMessage(tr("Le fichier n'a pas pu être écrit : %1").arg(error), true);
        return {};
    }
    m_context.audit(QStringLiteral("export.progress-csv"), path);
    m_lastFile = path;
    setMessage(tr("Progrès exportés : %1").arg(path), false);
    return path;
}

void ExportsTab::setMessage(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString ExportsTab::message() const
{
    return m_message->text();
}
