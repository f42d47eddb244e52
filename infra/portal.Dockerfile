# Charity Portal image. Build from the repository root:
#   docker build -f infra/portal.Dockerfile -t charity-portal:local .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Build settings (global.json, Directory.*.props) and the sources; tests are not part of the image.
COPY *.json *.props .editorconfig* ./
COPY src/ src/
RUN find src -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} + \
 && dotnet publish src/Portal.Blazor -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Portal.Blazor.dll"]
