#pragma once

#include "common/theme.h"

#include <QWidget>

class QLabel;

/// The calm "out of order, please call the staff" screen: shown when the database cannot be
/// used (read-only, disk full, damaged, too new). No button: nothing a resident can do breaks
/// anything. A line in small print tells staff what is wrong.
class OutOfOrderScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OutOfOrderScreen(const Theme &theme, QWidget *parent = nullptr);

    /// What staff read (e.g. the database's error message). Plain text.
    void setDetail(const QString &detail);
    QString detail() const { return m_detailText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_detail = nullptr;
    QString m_detailText;
};
