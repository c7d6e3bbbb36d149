#pragma once

#include "reports/activityreport.h"

#include <QWidget>

class MediatorContext;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

/// Exports for funders and follow-up: the activity per period (sessions, guest sessions, lessons
/// completed, time spent) and the learners' progress, as CSV files that open cleanly in
/// LibreOffice and Excel; and the activity chart of the chosen period.
class ExportsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ExportsTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    /// Writes the activity CSV of the chosen range and period. Returns the file, or empty.
    QString exportActivity();
    /// Writes the progress CSV. Returns the file, or empty.
    QString exportProgress();
    QString lastFile() const { return m_lastFile; }
    QString message() const;
    /// What the chart shows.
    const ActivityResult &activity() const { return m_activity; }

    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *chooseFolderButton() const { return m_chooseFolder; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *periodBox() const { return m_period; }
    QPushButton *activityButton() const { return m_activityButton; }
    QPushButton *progressButton() const { return m_progressButton; }
    QChartView *chart() const { return m_chart; }

private:
    ActivityReport::Period period() const;
    std::optional<ActivityResult> compute(QString *error);
    void setMessage(const QString &text, bool problem);

    MediatorContext &m_context;
    ActivityResult m_activity;
    QString m_lastFile;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_period = nullptr;
    QPushButton *m_activityButton = nullptr;
    QPushButton *m_progressButton = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_message = nullptr;
};
