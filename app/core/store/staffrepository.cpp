#include "staffrepository.h"

#include "database.h"
#include "textlimits.h"
#include "transaction.h"

#include <QVariant>

namespace {
const QString Columns = QStringLiteral("id, name, role, failed_attempts, locked_at, created_at, archived_at");

StaffMember readMember(const QSqlQuery &query)
{
    StaffMember member;
    member.id = query.value(0).toString();
    member.name = query.value(1).toString();
    member.role = query.value(2).toString() == QLatin1String("mediator") ? StaffRole::Mediator : StaffRole::Staff;
    member.failedAttempts = query.value(3).toInt();
    member.locked = !query.value(4).isNull() || member.failedAttempts >= SecretGuard::MaxFailures;
    member.createdAt = query.value(5).toString();
    member.archivedAt = query.value(6).toString();
    return member;
}
} // namespace

StaffRepository::StaffRepository(Database &db, const SecretHasher &hasher, const MonotonicClock &clock)
    : m_db(db), m_hasher(hasher), m_guard(db, hasher, clock, SecretGuard::Table::Staff), m_audit(db)
{
}

QString StaffRepository::roleName(StaffRole role)
{
    return role == StaffRole::Mediator ? QStringLiteral("mediator") : QStringLiteral("staff");
}

bool StaffRepository::hasAnyAccount() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT 1 FROM staff WHERE archived_at IS NULL LIMIT 1"));
    return query.exec() && query.next();
}

bool StaffRepository::isActive(const QString &id, std::optional<StaffRole> role) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT role FROM staff WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return false;
    return !role || query.value(0).toString() == roleName(*role);
}

std::optional<StaffMember> StaffRepository::createFirstAccount(const QString &name, const Secret &pin)
{
    return insert(name, StaffRole::Mediator, pin, {}, true);
}

std::optional<StaffMember> StaffRepository::create(const QString &name, StaffRole role, const Secret &pin,
                                                   const QString &actorId)
{
    if (!isActive(actorId, StaffRole::Mediator))
        return std::nullopt;
    return insert(name, role, pin, actorId, false);
}

std::optional<StaffMember> StaffRepository::insert(const QString &name, StaffRole role, const Secret &pin,
                                                   const QString &actorId, bool onlyIfNone)
{
    const QString cappedName = TextLimits::cap(name.trimmed(), TextLimits::Name);
    if (pin.kind() != Secret::Kind::Pin || cappedName.isEmpty())
        return std::nullopt;
    const QByteArray hash = m_hasher.hash(pin);
    if (hash.isEmpty())
        return std::nullopt;
    Transaction tx(m_db);
    if (!tx.begin())
        return std::nullopt;
    // Checked inside the write transaction, so two first-run screens cannot both succeed.
    if (onlyIfNone && hasAnyAccount())
        return std::nullopt;
    StaffMember member;
    member.id = Database::newId();
    member.name = cappedName;
    member.role = role;
    member.createdAt = m_db.nowText();
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO staff (id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(member.id);
    query.addBindValue(member.name);
    query.addBindValue(roleName(role));
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(member.createdAt);
    if (!m_db.exec(query))
        return std::nullopt;
    if (!m_audit.append(onlyIfNone ? member.id : actorId, onlyIfNone ? QStringLiteral("staff.first-run")
                                                                    : QStringLiteral("staff.create"),
                        member.id, roleName(role)))
        return std::nullopt;
    if (!tx.commit())
        return std::nullopt;
    return member;
}

std::optional<StaffMember> StaffRepository::find(const QString &id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readMember(query);
}

QList<StaffMember> StaffRepository::list() const
{
    QList<StaffMember> members;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM staff WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE").arg(Columns));
    if (!query.exec())
        return members;
    while (query.next())
        members.append(readMember(query));
    return members;
}

VerifyResult StaffRepository::verifyPin(const QString &id, const Secret &pin)
{
    // A picture password is never a staff secret: it still counts as a failed attempt.
    return m_guard.verify(id, pin.kind() == Secret::Kind::Pin ? pin : Secret());
}

bool StaffRepository::unlock(const QString &id, const QString &actorId)
{
    if (id == actorId || !isActive(actorId))
        return false;
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_at = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return m_audit.append(actorId, QStringLiteral("staff.unlock"), id) && tx.commit();
}

bool StaffRepository::setPin(const QString &id, const Secret &pin, const QString &actorId)
{
    if (pin.kind() != Secret::Kind::Pin || !isActive(actorId))
        return false;
    // Someone else's PIN only by a mediator.
    if (id != actorId && !isActive(actorId, StaffRole::Mediator))
        return false;
    const QByteArray hash = m_hasher.hash(pin);
    if (hash.isEmpty())
        return false;
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE staff SET secret_hash = ?, failed_attempts = 0, locked_at = NULL WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(QString::fromLatin1(hash));
    query.addBindValue(id);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return m_audit.append(actorId, QStringLiteral("staff.pin-reset"), id) && tx.commit();
}

bool StaffRepository::archive(const QString &id, const QString &actorId)
{
    if (id == actorId || !isActive(actorId, StaffRole::Mediator))
        return false;
    Transaction tx(m_db);
    if (!tx.begin())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE staff SET archived_at = ? WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(m_db.nowText());
    query.addBindValue(id);
    if (!m_db.exec(query) || query.numRowsAffected() != 1)
        return false;
    return m_audit.append(actorId, QStringLiteral("staff.archive"), id) && tx.commit();
}
