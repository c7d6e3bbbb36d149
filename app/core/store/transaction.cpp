#include "transaction.h"

#include "database.h"

Transaction::Transaction(Database &db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::begin()
{
    const Database::State state = m_db.state();
    // Never keep writing into a damaged file, nor into one we must not touch.
    if (state == Database::State::Corrupt || state == Database::State::TooNew || !m_db.connection().isOpen())
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_db.exec(query);
    return m_active;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query = m_db.prepare(QStringLiteral("COMMIT"));
    if (!m_db.exec(query)) {
        rollback();
        return false;
    }
    m_active = false;
    m_db.noteWriteSucceeded();
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query = m_db.prepare(QStringLiteral("ROLLBACK"));
    query.exec(); // fails harmlessly when SQLite already rolled back (e.g. disk full)
}
