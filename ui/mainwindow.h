#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace dpodesk {

class Clock;
class Database;
class SqlCaseRepository;

/// The main window. For now it opens the register and shows where the queue stands; the queue view,
/// case form and workflow dialogs come next (issue 3).
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the register file; on refusal shows the core's message and leaves the file alone.
    bool openRegister(const QString &path);

private:
    void refresh();
    void showAbout();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlCaseRepository> m_repository;
    QLabel *m_summary = nullptr;
};

} // namespace dpodesk
