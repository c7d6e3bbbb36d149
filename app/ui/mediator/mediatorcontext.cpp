#include "mediatorcontext.h"

#include "certificatepdf.h"
#include "learnercardpdf.h"
#include "lessons/catalogue.h"
#include "staff/staffhost.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/learnerrepository.h"

#include <QDir>

MediatorContext::MediatorContext(StaffServices s, StaffMember a)
    : services(s), actor(std::move(a)), m_exportFolder(QDir(s.db.dataDir()).filePath(QStringLiteral("exports")))
{
}

const Catalogue *MediatorContext::catalogue() const
{
    return services.host.catalogue();
}

const Lesson *MediatorContext::lesson(const QString &lessonId) const
{
    const Catalogue *c = catalogue();
    return c ? c->findLesson(lessonId) : nullptr;
}

QString MediatorContext::lessonTitle(const QString &lessonId) const
{
    const Lesson *l = lesson(lessonId);
    return l ? l->title.text(QStringLiteral("fr")) : lessonId;
}

QString MediatorContext::safeFileName(const QString &text)
{
    QString safe;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_'))
            safe += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of an "é" goes, the "e" stays
        else if (!safe.endsWith(QLatin1Char('-')))
            safe += QLatin1Char('-');
    }
    while (safe.endsWith(QLatin1Char('-')))
        safe.chop(1);
    return safe.left(60);
}

QString MediatorContext::exportPath(const QString &fileName, QString *error) const
{
    if (!QDir().mkpath(m_exportFolder)) {
        if (error)
            *error = tr("Le dossier %1 ne peut pas être créé.").arg(m_exportFolder);
        return {};
    }
    return QDir(m_exportFolder).filePath(fileName);
}

QString MediatorContext::writeLearnerCard(const QString &learnerId, QString *error)
{
    const std::optional<Learner> learner = services.learners.find(learnerId);
    if (!learner || !learner->archivedAt.isEmpty()) {
        if (error)
            *error = tr("Apprenant introuvable.");
        return {};
    }
    const QString path = exportPath(QStringLiteral("carte-%1.pdf").arg(learner->cardCode), error);
    if (path.isEmpty() || !LearnerCardPdf::write(LearnerCardData::forLearner(*learner), path, error))
        return {};
    audit(QStringLiteral("learner.card-pdf"), learnerId, path);
    return path;
}

QString MediatorContext::writeCertificate(const QString &learnerId, const QString &setId, QString *error)
{
    const std::optional<CertificateData> data = CertificateData::make(services.db, learnerId, setId, catalogue(), error);
    if (!data)
        return {};
    const QString path = exportPath(
        QStringLiteral("certificat-%1-%2.pdf").arg(data->cardCode, safeFileName(data->setName)), error);
    if (path.isEmpty() || !CertificatePdf::write(*data, path, error))
        return {};
    audit(QStringLiteral("certificate.pdf"), learnerId, setId);
    return path;
}

void MediatorContext::audit(const QString &action, const QString &target, const QString &detail) const
{
    AuditLog(services.db).append(actor.id, action, target, detail);
}
