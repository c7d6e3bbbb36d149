#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
struct Catalogue;

/// What a certificate of completion says, in the learner's language: who finished which lesson
/// set, its lessons, the learning time and the date of the last completion.
struct CertificateData
{
    Q_DECLARE_TR_FUNCTIONS(CertificateData)

public:
    QString language;
    bool rightToLeft = false;
    QString title;          ///< "Certificat de réussite"
    QString awardedTo;      ///< "décerné à"
    QString learnerName;
    QString cardCode;
    QString completedText;  ///< "pour avoir terminé le parcours"
    QString setName;
    QString lessonsTitle;   ///< "Leçons réalisées :"
    QStringList lessons;    ///< lesson titles in the learner's language, in the set's order
    QString timeText;       ///< "Temps d'apprentissage : 1 h 05 min"
    QDate completedOn;      ///< the day the last lesson of the set was first completed
    QString dateText;       ///< "Fait le 5 janvier 2026"
    QString signature;

    /// The certificate of `learnerId` for the set `setId`. std::nullopt with `reason` (French, for
    /// the mediator) when the learner or the set is unknown, or a lesson of the set is not done yet.
    /// `catalogue` gives lesson titles in the learner's language (ids are used without it).
    static std::optional<CertificateData> make(Database &db, const QString &learnerId, const QString &setId,
                                               const Catalogue *catalogue, QString *reason = nullptr);
};
