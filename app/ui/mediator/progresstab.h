#pragma once

#include "reports/progressreport.h"

#include <QWidget>

class MediatorContext;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/// Progress: for a lesson set, its learners × its lessons (status, time, attempts, hints); a
/// learner's detail with their history of sessions and a chart of lessons completed over time;
/// the certificate of completion when the learner has finished the set.
class ProgressTab : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressTab(MediatorContext &context, QWidget *parent = nullptr);

    void refresh();
    bool selectSet(const QString &setId);
    bool selectLearner(const QString &learnerId);
    QString selectedLearnerId() const { return m_learnerId; }
    QString lastDocument() const { return m_lastDocument; }
    QString message() const;

    QComboBox *setBox() const { return m_set; }
    QTableWidget *grid() const { return m_grid; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QTableWidget *lessonTable() const { return m_lessons; }
    QTableWidget *historyTable() const { return m_history; }
    QChartView *progressChart() const { return m_chart; }
    QPushButton *certificateButton() const { return m_certificate; }

private:
    void fillGrid();
    void showLearner(const QString &learnerId);
    void writeCertificate();
    void setMessage(const QString &text, bool problem);

    MediatorContext &m_context;
    QList<ProgressRow> m_rows;
    QString m_learnerId;
    QString m_lastDocument;
    QComboBox *m_set = nullptr;
    QTableWidget *m_grid = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTableWidget *m_lessons = nullptr;
    QTableWidget *m_history = nullptr;
    QChartView *m_chart = nullptr;
    QPushButton *m_certificate = nullptr;
    QLabel *m_message = nullptr;
};
