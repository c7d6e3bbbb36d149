#include "learnerrepository.h"

#include "database.h"
#include "textlimits.h"
#include "transaction.h"

#include <QVariant>

namespace {
const QString Columns = QStringLiteral(
    "id, card_code, display_name, avatar, language, text_scale, secret_kind, failed_attempts, locked_at,"
    " created_at, archived_at, secret_due");

Secret::Kind kindFromText(const QString &text)
{
    if (text == QLatin1String("pin"))
        return Secret::Kind::Pin;
    if (text == QLatin1String("pictures"))
        return Secret::Kind::Pictures;
    return Secret::Kind::Invalid;
}

QString kindText(Secret::Kind kind)
{
    return kind == Secret::Kind::Pin ? QStringLiteral("pin") : QStringLiteral("pictures");
}
} // namespace

LearnerRepository::LearnerRepository(Database &db, const SecretHasher &hasher, const MonotonicClock &clock,
                                     QRandomGenerator &random)
    : m_db(db),
      m_hasher(hasher),
      m_random(random),
      m_guard(db, hasher, clock, SecretGuard::Table::Learners),
      m_audit(db)
{
}

QString LearnerRepository::normalizeCardCode(const QString &entered)
{
    QString code;
    for (const QChar c : entered) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        code.append(c.toUpper());
    }
    return code;
}

LearnerProfile LearnerRepository::cappedProfile(const LearnerProfile &profile)
{
    LearnerProfile capped;
    capped.displayName = TextLimits::cap(profile.displayName, TextLimits::Name);
    capped.avatar = TextLimits::cap(profile.avatar, TextLimits::Avatar);
    capped.language = TextLimits::cap(profile.language, TextLimits::Language);
    capped.textScale = qBound(MinTextScale, profile.textScale, MaxTextScale);
    if (!(profile.textScale == profile.textScale)) // NaN
        capped.textScale = MinTextScale;
    return capped;
}

QString LearnerRepository::generateCardCode()
{
    QString code;
    for (int i = 0; i < CardCodeLength; ++i)
        code.append(CardAlphabet.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(CardAlphabet.size())))));
    return code;
}

std::optional<Learner> LearnerRepository::create(const LearnerProfile &input, const Secret &secret, const QString &actorId)
{
    const QByteArray hash = m_hasher.hash(secret); // slow: outside the write transaction
    if (hash.isEmpty())
        return std::nullopt;
    const LearnerProfile profile = cappedProfile(input);

    Transaction tx(m_db);
    if (!tx.begin())
        return std::nullopt;
    QString code;
    for (int tries = 0; tries < 50 && code.isEmpty(); ++tries) {
        const QString candidate = generateCardCode();
        QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT 1 FROM learners WHERE card_code = ?"));
        exists.addBindValue(candidate);
        if (!m_db.exec(exists))
            return std::nullopt;
        if (!exists.next())
            code = candidate;
    }
    if (code.isEmpty())
        return std::nullopt;

    Learner learner;
    learner.id = Database::newId();
    learner.cardCode = code;
    learner.profile = profile;
    learner.secretKind = secret.kind();
    learner.createdAt = m_db.nowText();
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO learners (id, card_code, display_name, avatar, language, text_scale, secret_kind, secret_hash,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(learner.id);
    insert.addBindValue(code);
    insert.addBindValue(profile.displayName);
    insert.addBindValue(profile.avatar);
    insert.addBindValue(profile.language);
    insert.addBindValue(profile.textScale);
    insert.addBindValue(kindText(secret.kind()));
    insert.addBindValue(QString::fromLatin1(hash));
    insert.addBindValue(learner.createdAt);
    if (!m_db.exec(insert))
        return std::nullopt;
    if (!actorId.isEmpty() && !m_audit.append(actorId, QStringLiteral("learner.create"), learner.id, code))
        return std::nullopt;
    if (!tx.commit())
        return std::nullopt;
    return learner;
}

std::optional<Learner> LearnerRepository::findWhere(const QString &column, const QString &value, bool activeOnly) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM learners WHERE %2 = ?%3")
                                       .arg(Columns, column,
                                            activeOnly ? QStringLiteral(" AND archived_at IS NULL") : QString()));
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Learner learner;
    learner.id = query.value(0).toString();
    learner.cardCode = query.value(1).toString();
    learner.profile.displayName = query.value(2).toString();
    learner.profile.avatar = query.value(3).toString();
    learner.profile.language = query.value(4).toString();
    learner.profile.textScale = query.value(5).toDouble();
    learner.secretKind = kindFromText(query.value(6).toString());
    learner.failedAttempts = query.value(7).toInt();
    learner.locked = !query.value(8).isNull() || learner.failedAttempts >= SecretGuard::MaxFailures;
    learner.createdAt = query.value(9).toString();
    learner.archivedAt = query.value(10).toString();
    learner.newSecretDue = query.value(11).toInt() != 0;
    return learner;
}

std::optional<Learner> LearnerRepository::find(const QString &id) const
{
    return findWhere(QStringLiteral("id"), id, false);
}

std::optional<Learner> LearnerRepository::findByCardCode(const QString &code) const
{
    return findWhere(QStringLiteral("card_code"), normalizeCardCode(code), true);
}

bool LearnerRepository::updateProfile(const QString &id, const LearnerProfile &input, const QString &actorId)
{
    const LearnerProfile profile = cappedProfile(input);
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE learners SET display_name = ?, avatar = ?, language = ?, text_scale = ? WHERE id = ?"));
    query.addBindValue(profile.displayName);
    query.addBindValue(profile.avatar);
    query.addBindValue(profile.language);
    query.addBindValue(profile.textScale);
    query.addBindValue(id);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    if (!actorId.isEmpty() && !m_audit.append(actorId, QStringLiteral("learner.update"), id))
        return false;
    return tx.commit();
}

bool LearnerRepository::staffExists(const QString &actorId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(actorId);
    return query.exec() && query.next();
}

bool LearnerRepository::updateOneLearner(const QString &sql, const QVariantList &values, const QString &id,
                                         const QString &auditAction, const QString &actorId)
{
    const bool staffAction = !auditAction.isEmpty();
    if (staffAction && !staffExists(actorId))
        return false;
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    if (staffAction && !m_audit.append(actorId, auditAction, id))
        return false;
    return tx.commit();
}

bool LearnerRepository::setSecret(const QString &id, const Secret &secret, const QString &actorId)
{
    if (!staffExists(actorId))
        return false;
    const QByteArray hash = m_hasher.hash(secret); // slow: outside the write transaction
    if (hash.isEmpty())
        return false;
    return updateOneLearner(QStringLiteral("UPDATE learners SET secret_kind = ?, secret_hash = ?, secret_due = 0, "
                                           "failed_attempts = 0, locked_at = NULL WHERE id = ?"),
                            {kindText(secret.kind()), QString::fromLatin1(hash), id},
                            id, QStringLiteral("learner.secret-reset"), actorId);
}

bool LearnerRepository::requireNewSecret(const QString &id, const QString &actorId)
{
    return updateOneLearner(QStringLiteral("UPDATE learners SET secret_hash = NULL, secret_due = 1, failed_attempts = 0, "
                                           "locked_at = NULL WHERE id = ? AND archived_at IS NULL"),
                            {id}, id, QStringLiteral("learner.secret-due"), actorId);
}

bool LearnerRepository::needsNewSecret(const QString &id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT secret_due FROM learners WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toInt() != 0;
}

bool LearnerRepository::chooseNewSecret(const QString &id, const Secret &secret)
{
    if (!needsNewSecret(id))
        return false;
    const QByteArray hash = m_hasher.hash(secret); // slow: outside the write transaction
    if (hash.isEmpty())
        return false;
    // The learner chooses it (no staff actor, not audited); only while a new secret is due.
    return updateOneLearner(QStringLiteral("UPDATE learners SET secret_kind = ?, secret_hash = ?, secret_due = 0, "
                                           "failed_attempts = 0, locked_at = NULL "
                                           "WHERE id = ? AND secret_due = 1 AND archived_at IS NULL"),
                            {kindText(secret.kind()), QString::fromLatin1(hash), id}, id);
}

VerifyResult LearnerRepository::verifySecret(const QString &id, const Secret &attempt)
{
    if (needsNewSecret(id)) {
        VerifyResult result;
        result.status = VerifyResult::Status::NewSecretDue;
        return result;
    }
    return m_guard.verify(id, attempt);
}

bool LearnerRepository::unlock(const QString &id, const QString &actorId)
{
    return updateOneLearner(QStringLiteral("UPDATE learners SET failed_attempts = 0, locked_at = NULL WHERE id = ?"), {id},
                            id, QStringLiteral("learner.unlock"), actorId);
}

bool LearnerRepository::archive(const QString &id, const QString &actorId)
{
    return updateOneLearner(QStringLiteral("UPDATE learners SET archived_at = ? WHERE id = ? AND archived_at IS NULL"),
                            {m_db.nowText(), id}, id, QStringLiteral("learner.archive"), actorId);
}
