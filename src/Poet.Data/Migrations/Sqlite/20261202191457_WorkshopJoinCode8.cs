using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkshopJoinCode8 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
