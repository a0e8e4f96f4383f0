using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Poet.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AboutOtherApartFromNotAnswered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PartnerOther",
                table: "Responses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ProfessionOther",
                table: "Responses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Before this migration a skipped question and "Unsure or other" / "None or other" were both stored as no id,
            // and reported as "other". Which one each was is lost; rows that got past the "About you" page keep the
            // meaning they were reported with, so a closed round's report does not change.
            migrationBuilder.Sql("UPDATE \"Responses\" SET \"PartnerOther\" = 1 WHERE \"PartnerOrganisationId\" IS NULL AND \"LastSectionSaved\" >= 1");
            migrationBuilder.Sql("UPDATE \"Responses\" SET \"ProfessionOther\" = 1 WHERE \"ProfessionalGroupId\" IS NULL AND \"LastSectionSaved\" >= 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartnerOther",
                table: "Responses");

            migrationBuilder.DropColumn(
                name: "ProfessionOther",
                table: "Responses");
        }
    }
}
