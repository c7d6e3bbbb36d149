#pragma once

#include "reports/certificatedata.h"

#include <QCoreApplication>
#include <QString>

/// The certificate of completion of a lesson set: an A4 landscape page in the learner's
/// language (title, name, the set and its lessons, learning time, date, a place to sign).
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)

public:
    static bool write(const CertificateData &certificate, const QString &path, QString *error = nullptr);
};
