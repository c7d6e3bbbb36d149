#pragma once

#include "staff/staffservices.h"
#include "store/staffrepository.h"

#include <QCoreApplication>
#include <QString>

struct Catalogue;
struct Lesson;

/// What every tab of the mediator dashboard shares: the services, the mediator acting (for the
/// audit log), the folder where documents and exports are written, and the documents themselves.
class MediatorContext
{
    Q_DECLARE_TR_FUNCTIONS(MediatorContext)

public:
    MediatorContext(StaffServices services, StaffMember actor);

    StaffServices services;
    StaffMember actor;

    const Catalogue *catalogue() const;
    /// The lesson's French title (mediators read French), or its id.
    QString lessonTitle(const QString &lessonId) const;
    const Lesson *lesson(const QString &lessonId) const;

    /// Where PDFs and CSV files go (default: the data folder's `exports`). Created on demand.
    QString exportFolder() const { return m_exportFolder; }
    void setExportFolder(const QString &folder) { m_exportFolder = folder; }
    /// A path in the export folder for `fileName` (made safe), or empty with `error`.
    QString exportPath(const QString &fileName, QString *error) const;

    /// The learner card PDF. Returns the file written, or empty with a French `error`.
    QString writeLearnerCard(const QString &learnerId, QString *error);
    /// The certificate PDF of a completed set. Returns the file written, or empty with `error`.
    QString writeCertificate(const QString &learnerId, const QString &setId, QString *error);

    void audit(const QString &action, const QString &target = {}, const QString &detail = {}) const;

    /// Letters, digits, '-' and '_' only (accents kept out of file names for USB keys and Windows).
    static QString safeFileName(const QString &text);

private:
    QString m_exportFolder;
};
