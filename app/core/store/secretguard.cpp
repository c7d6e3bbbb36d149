#include "secretguard.h"

#include "database.h"

#include <QVariant>

qint64 SecretGuard::delayAfterFailures(int failures)
{
    static constexpr qint64 Delays[] = {0, 0, 2000, 5000, 15000, 30000};
    constexpr int last = static_cast<int>(std::size(Delays)) - 1;
    return Delays[qBound(0, failures, last)];
}

SecretGuard::SecretGuard(Database &db, const SecretHasher &hasher, const MonotonicClock &clock, Table table)
    : m_db(db), m_hasher(hasher), m_clock(clock), m_table(table)
{
}

QString SecretGuard::table() const
{
    return m_table == Table::Learners ? QStringLiteral("learners") : QStringLiteral("staff");
}

VerifyResult SecretGuard::verify(const QString &id, const Secret &attempt)
{
    VerifyResult result;
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT secret_hash, failed_attempts, locked_at FROM %1"
                                                  " WHERE id = ? AND archived_at IS NULL").arg(table()));
    query.addBindValue(id);
    if (!m_db.exec(query)) {
        result.status = VerifyResult::Status::StoreError;
        return result;
    }
    if (!query.next())
        return result; // Unknown
    const QByteArray hash = query.value(0).toString().toLatin1();
    result.failures = query.value(1).toInt();
    const bool locked = !query.value(2).isNull() || result.failures >= MaxFailures;
    query.finish();

    if (locked) {
        result.status = VerifyResult::Status::Locked;
        return result;
    }
    const qint64 now = m_clock.nowMs();
    const qint64 delay = delayAfterFailures(result.failures);
    if (delay > 0) {
        // Unknown last failure (restart): the wait counts from now, never less.
        const qint64 since = m_lastFailureMs.contains(id) ? m_lastFailureMs.value(id) : m_lastFailureMs.insert(id, now).value();
        if (now - since < delay) {
            result.status = VerifyResult::Status::TooSoon;
            result.retryAfterMs = delay - (now - since);
            return result;
        }
    }
    if (hash.isEmpty()) {
        result.status = VerifyResult::Status::NoSecret;
        return result;
    }

    if (m_hasher.verify(hash, attempt)) {
        m_lastFailureMs.remove(id);
        if (result.failures > 0) {
            QSqlQuery reset = m_db.prepare(QStringLiteral("UPDATE %1 SET failed_attempts = 0 WHERE id = ?").arg(table()));
            reset.addBindValue(id);
            m_db.exec(reset);
        }
        result.failures = 0;
        result.status = VerifyResult::Status::Accepted;
        return result;
    }

    QSqlQuery fail = m_db.prepare(QStringLiteral(
        "UPDATE %1 SET failed_attempts = failed_attempts + 1,"
        " locked_at = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_at END"
        " WHERE id = ? RETURNING failed_attempts").arg(table()));
    fail.addBindValue(MaxFailures);
    fail.addBindValue(m_db.nowText());
    fail.addBindValue(id);
    if (!m_db.exec(fail) || !fail.next()) {
        result.status = VerifyResult::Status::StoreError;
        return result;
    }
    result.failures = fail.value(0).toInt();
    fail.finish();
    m_lastFailureMs.insert(id, now);
    if (result.failures >= MaxFailures) {
        result.status = VerifyResult::Status::Locked;
        return result;
    }
    result.status = VerifyResult::Status::Wrong;
    result.retryAfterMs = delayAfterFailures(result.failures);
    return result;
}
