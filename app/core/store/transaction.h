#pragma once

class Database;

/// A write transaction (BEGIN IMMEDIATE, so a second writer waits instead of failing late).
/// Rolls back unless commit() succeeded. Refuses to start on a damaged or unusable database.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin();
    bool commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};
